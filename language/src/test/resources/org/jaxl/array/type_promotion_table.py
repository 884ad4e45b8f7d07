"""Regenerates type_promotion_table.txt from JAX 0.4.30's docs/type_promotion.rst.

Usage: python3 type_promotion_table.py /path/to/jax/docs/type_promotion.rst > type_promotion_table.txt

The table in that document is the output of dtypes._lattice_result_type(t1, t2) for every pair of
JAX's 15 dtypes and the Python scalar types int, float, complex (i*, f*, c*), named with x64 on.
"""
import re
import sys

rst = open(sys.argv[1]).read()
table = rst[rst.index('<table id="types">'):rst.index('</table>')]
rows = re.findall(r'<tr>(.*?)</tr>', table)
header = re.findall(r'<th>(.*?)</th>', rows[0])
print("# Copied from JAX 0.4.30 docs/type_promotion.rst (the binary promotion table) by")
print("# type_promotion_table.py. Row and column types: b1 = bool, uN/iN/fN/cN = N-byte integer,")
print("# float or complex, bf = bfloat16, i*/f*/c* = Python int/float/complex (weak types).")
print("# Each cell is dtypes._lattice_result_type(row, column) with x64 names.")
print(" ".join(["-"] + header))
for row in rows[1:]:
    cells = re.findall(r'<td[^>]*>(.*?)</td>', row)
    print(" ".join(cells))
