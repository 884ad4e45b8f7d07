"""Regenerates printing_cases.txt, the expected repr()/str() of JAX 0.4.30 arrays.

Usage: python3 gen_printing_cases.py > printing_cases.txt

Needs only NumPy (2.x). JAX is not installed here, so the two pieces of JAX's printing that are
not NumPy are written out below, each citing its source:

* Array.__repr__ (jax/_src/array.py at jax-v0.4.30, lines 356-376): NumPy's array2string with
  prefix 'Array(', suffix ',' and separator ', ', then ',', a separator and 'dtype=...)'.
* bfloat16 (ml_dtypes 0.4.0, which JAX 0.4.30 uses): NumPy has no bfloat16, and ml_dtypes'
  bfloat16 scalar type derives from np.generic, not np.floating, so array2string formats each
  element with repr(), which ml_dtypes implements as `std::ostringstream << float(x)` with NaN
  made positive (ml_dtypes/_src/custom_float.h, PyCustomFloat_Repr/Str). That is C's "%g" with
  precision 6, which Python's '%g' reproduces. The elements are therefore wrapped in objects whose
  repr/str print that way, and NumPy lays the object array out exactly as it would lay out the
  bfloat16 array (the same _formatArray, no column padding).

NumPy's print options are the defaults, except legacy='2.2': NumPy 2.3 made the switch to
scientific notation depend on the precision (from 1e3 for float16, 1e6 for float32); JAX 0.4.30
ran with NumPy 1.26-2.0, whose cut-off is 1e8 for arrays and 1e16 for scalars of every float type. NumPy >= 2
compares the other thresholds (1e-4, the 1e3 max/min ratio) in the array's own precision (NEP 50).

Output format, one case per line, tab-separated:
  name  dtype  shape  weak  view  data  repr  str
shape is comma-separated (empty for 0-d); weak is 0/1; view is '-' (the data, C-contiguous),
'T' (the data's array transposed: all axes reversed) or 'odd' (the data's array sliced [..., 1::2]);
data holds the base array's elements in C order: bool 0/1, integers in decimal, floats as the
hexadecimal bits of their format, complex as two such tokens (real, imaginary) per element.
repr and str escape backslash as \\ and newline as \n.
"""
import numpy as np

np.set_printoptions(legacy='2.2')

F32 = np.float32
F64 = np.float64
F16 = np.float16
NAN = float('nan')
INF = float('inf')

INT_DTYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
FLOAT_DTYPES = ['float16', 'bfloat16', 'float32', 'float64']
ALL_DTYPES = ['bool'] + INT_DTYPES + FLOAT_DTYPES + ['complex64', 'complex128']


def jax_repr(value, dtype_name, weak):
    """Array.__repr__ from jax/_src/array.py at jax-v0.4.30 (fully addressable branch)."""
    prefix = 'Array('
    if weak:
        dtype_str = f'dtype={dtype_name}, weak_type=True)'
    else:
        dtype_str = f'dtype={dtype_name})'
    line_width = np.get_printoptions()["linewidth"]
    if value.size == 0:
        s = f"[], shape={value.shape}"
    else:
        s = np.array2string(value, prefix=prefix, suffix=',',
                            separator=', ', max_line_width=line_width)
    last_line_len = len(s) - s.rfind('\n') + 1
    sep = ' '
    if last_line_len + len(dtype_str) + 1 > line_width:
        sep = ' ' * len(prefix)
    return f"{prefix}{s},{sep}{dtype_str}"


class BFloat16Scalar:
    """Prints like an ml_dtypes.bfloat16 scalar: ostream << float, NaN without its sign."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        v = float(self.value)
        return '%g' % (abs(v) if v != v else v)

    __str__ = __repr__


def bfloat16_bits(values):
    """Rounds float values to bfloat16 (nearest even), returning the raw 16-bit patterns."""
    bits = np.asarray(values, dtype=F32).view(np.uint32).astype(np.uint64)
    nan = np.isnan(np.asarray(values, dtype=F32))
    rounded = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16) & 0xFFFF
    rounded = np.where(nan, ((bits >> 16) | 0x40) & 0xFFFF, rounded)
    return rounded.astype(np.uint16)


def bfloat16_objects(bits):
    floats = (bits.astype(np.uint32) << 16).view(F32)
    out = np.empty(bits.shape, dtype=object)
    for index in np.ndindex(bits.shape):
        out[index] = BFloat16Scalar(floats[index])
    return out


def data_tokens(dtype, base):
    flat = base.reshape(-1)
    if dtype == 'bool':
        return ['1' if v else '0' for v in flat]
    if dtype in INT_DTYPES:
        return [str(int(v)) for v in flat]
    if dtype == 'bfloat16':
        return ['%04x' % int(v) for v in flat]
    if dtype in ('float16', 'float32', 'float64'):
        width = {'float16': 4, 'float32': 8, 'float64': 16}[dtype]
        uint = {'float16': np.uint16, 'float32': np.uint32, 'float64': np.uint64}[dtype]
        return ['%0*x' % (width, int(v)) for v in flat.view(uint)]
    part = {'complex64': (F32, np.uint32, 8), 'complex128': (F64, np.uint64, 16)}[dtype]
    pairs = flat.view(part[0]).view(part[1])
    return ['%0*x' % (part[2], int(v)) for v in pairs]


def apply_view(array, view):
    if view == 'T':
        return array.transpose()
    if view == 'odd':
        return array[..., 1::2]
    return array


def escape(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n')


CASES = []


def case(name, dtype, values, shape=None, weak=False, view='-'):
    """Adds one case: values (nested lists or an array) are converted to dtype, then reshaped."""
    if dtype == 'bfloat16':
        base = bfloat16_bits(np.asarray(values, dtype=F64).astype(F32))
    else:
        base = np.asarray(values).astype(dtype)
    if shape is not None:
        base = base.reshape(shape)
    shown = apply_view(base, view)
    printable = bfloat16_objects(shown) if dtype == 'bfloat16' else shown
    CASES.append('\t'.join([
        name, dtype, ','.join(str(n) for n in base.shape), '1' if weak else '0', view,
        ' '.join(data_tokens(dtype, base)),
        escape(jax_repr(printable, dtype, weak)),
        escape(str(printable)),
    ]))


def sample_values(dtype, n):
    """n values that exercise signs where the dtype has them."""
    if dtype == 'bool':
        return [i % 3 == 0 for i in range(n)]
    if dtype.startswith('uint'):
        return list(range(n))
    if dtype.startswith('int'):
        return [i * (-1) ** i for i in range(n)]
    if dtype.startswith('complex'):
        return [complex(i / 2, -i) for i in range(n)]
    return [(i - n / 2) / 4 for i in range(n)]


# Every dtype in every rank, 0-d to 4-d, plus the empty shapes.
for dt in ALL_DTYPES:
    case(f'{dt}-0d', dt, sample_values(dt, 4)[3])
    case(f'{dt}-1d', dt, sample_values(dt, 5))
    case(f'{dt}-2d', dt, sample_values(dt, 6), (2, 3))
    case(f'{dt}-3d', dt, sample_values(dt, 12), (2, 2, 3))
    case(f'{dt}-4d', dt, sample_values(dt, 8), (2, 1, 2, 2))
    for empty in [(0,), (2, 0), (0, 3), (1, 0), (2, 0, 3)]:
        case(f'{dt}-empty{empty}', dt, np.zeros(empty), empty)
    case(f'{dt}-long-row', dt, sample_values(dt, 40))
    case(f'{dt}-summarised-1d', dt, sample_values(dt, 1001))
    case(f'{dt}-summarised-2d', dt, sample_values(dt, 1200), (40, 30))

# Weak-typed scalars and arrays, with the default dtypes of x64 off and on.
case('weak-int32-scalar', 'int32', 30, weak=True)
case('weak-float32-scalar', 'float32', 2.0, weak=True)
case('weak-float32-third', 'float32', 1 / 3, weak=True)
case('weak-complex64-scalar', 'complex64', 1 + 2j, weak=True)
case('weak-int64-scalar', 'int64', 30, weak=True)
case('weak-float64-scalar', 'float64', 0.1, weak=True)
case('weak-complex128-scalar', 'complex128', 2j, weak=True)
case('weak-float32-1d', 'float32', [1.0, 2.0, 3.0], weak=True)
case('bool-scalar-true', 'bool', True)
case('bool-scalar-false', 'bool', False)
case('bool-pair', 'bool', [True, False])

# Integer extremes.
for dt in INT_DTYPES:
    info = np.iinfo(dt)
    case(f'{dt}-extremes', dt, np.array([info.min, 0, info.max], dtype=dt))
    case(f'{dt}-max-scalar', dt, np.array(info.max, dtype=dt))
case('int64-min-scalar', 'int64', np.array(np.iinfo('int64').min, dtype='int64'))
case('uint64-max-2d', 'uint64', np.array([[0, 1], [2, 2 ** 64 - 1]], dtype='uint64'))

# Separator before dtype=: one space, or six on the same line once the last line is too long.
for n in range(16, 31):
    case(f'int32-arange-{n}', 'int32', list(range(n)))
    case(f'int32-arange-{n}-weak', 'int32', list(range(n)), weak=True)
for n in range(8, 16):
    case(f'float32-row-{n}', 'float32', [i / 3 for i in range(n)])
    case(f'float32-rows-3x{n}', 'float32', [i / 7 for i in range(3 * n)], (3, n))

# Float digits: shortest round-trip in the dtype's own precision, at most 8 fractional digits.
for dt in ('float16', 'float32', 'float64', 'bfloat16'):
    case(f'{dt}-thirds', dt, [1 / 3, 2 / 3])
    case(f'{dt}-tenths', dt, [0.1, 0.2, 0.3])
    case(f'{dt}-third-scalar', dt, 1 / 3)
    case(f'{dt}-pi-e', dt, [np.pi, -np.e])
    case(f'{dt}-integral', dt, [1.0, 2.0, -3.0])
    case(f'{dt}-mixed-integral', dt, [1.0, 2.5, -30.0])
    case(f'{dt}-nan-inf', dt, [NAN, INF, -INF, 1.5])
    case(f'{dt}-nan-only', dt, [NAN, NAN])
    case(f'{dt}-inf-only', dt, [INF, -INF])
    case(f'{dt}-posinf-only', dt, [INF, 0.5])
    case(f'{dt}-nan-scalar', dt, NAN)
    case(f'{dt}-inf-scalar', dt, -INF)
    case(f'{dt}-neg-zero', dt, [-0.0, 0.0, 1.0])
    case(f'{dt}-neg-zero-scalar', dt, -0.0)
    case(f'{dt}-zeros', dt, [0.0, 0.0])
    case(f'{dt}-small', dt, [1e-5, 1.0])
    case(f'{dt}-small-scalar', dt, 1e-5)
    case(f'{dt}-ratio-1000', dt, [1.0, 1000.0])
    case(f'{dt}-ratio-1001', dt, [1.0, 1001.0])
    case(f'{dt}-ten-thousandth', dt, [0.0001])
    case(f'{dt}-ten-thousandth-scalar', dt, 0.0001)
    case(f'{dt}-zero-and-small', dt, [0.0, 1e-5, NAN])
    case(f'{dt}-big', dt, [60000.0, 1.0e4])
    case(f'{dt}-mixed-scale', dt, [1e-3, 0.5, 123.25])
    case(f'{dt}-2d-signs', dt, [[1.5, -2.25], [-0.125, 100.0]])
for dt in ('float32', 'float64', 'bfloat16'):
    case(f'{dt}-1e8', dt, [1e8, 1.0e7])
    case(f'{dt}-just-below-1e8', dt, [99999990.0])
    case(f'{dt}-large', dt, [1e20, -3.5e30, 1e10])
    case(f'{dt}-large-scalar', dt, 1.5e20)
    case(f'{dt}-1e16-scalar', dt, 1e16)
    case(f'{dt}-1e15-scalar', dt, 1e15)
    case(f'{dt}-tiny', dt, [1e-30, 2.5e-35])
    case(f'{dt}-exp-padding', dt, [1e-5, 1.2345, 6.5])
    case(f'{dt}-exp-nan', dt, [1e-10, NAN, -INF])
    case(f'{dt}-max', dt, [np.finfo(F32).max, 1.0])
    case(f'{dt}-sub-normal', dt, [np.finfo(F32).smallest_subnormal, 1e-40])
case('float64-three-digit-exponent', 'float64', [1e-100, 1e5, 2.5e300])
case('float64-subnormal-min', 'float64', [5e-324, 1.0])
case('float64-max-scalar', 'float64', np.finfo(F64).max)
case('float64-many-digits', 'float64', [0.1 + 0.2, 123456.7890123])
case('float64-eight-digit-cutoff', 'float64', [1.23456789012, 0.000123456789])
case('float64-rounding-carry', 'float64', [0.999999999, 9.9999999999])
case('float32-rounding-carry', 'float32', [0.99999994, 1.5])
case('float16-max', 'float16', [65504.0, -65504.0, 1.0])
case('float16-subnormal', 'float16', [6e-8, 1e-7, 1.0])
case('float16-precision', 'float16', [0.1, 0.3, 1.001, 2049.0])
case('float16-big-ratio', 'float16', [3.0, 3002.0])
case('bfloat16-ties', 'bfloat16', [0.0009765625, 1.0009765625 - 1.0, 256.0])
case('bfloat16-big', 'bfloat16', [1e6, 1e7, 123456.0, -0.00001])
case('bfloat16-negative', 'bfloat16', [-1.0, 2.0, -0.5])

# Random data: column alignment and signs.
rng = np.random.default_rng(20240613)
case('float32-random-5x4', 'float32', rng.normal(size=(5, 4)).astype(F32))
case('float64-random-4x4', 'float64', rng.normal(size=(4, 4)))
case('float64-random-exp', 'float64', rng.normal(size=(3, 3)) * 10.0 ** rng.integers(-8, 8, size=(3, 3)))
case('float16-random', 'float16', rng.normal(size=12).astype(F16), (3, 4))
case('bfloat16-random', 'bfloat16', rng.normal(size=12), (3, 4))
case('int32-random-wrap', 'int32', rng.integers(-10 ** 6, 10 ** 6, size=(3, 20)))
case('int64-random-wide', 'int64', rng.integers(-2 ** 62, 2 ** 62, size=8, dtype='int64'))
case('uint64-random-wide', 'uint64', rng.integers(0, 2 ** 64, size=6, dtype='uint64'))
case('complex64-random', 'complex64', (rng.normal(size=6) + 1j * rng.normal(size=6)).astype('complex64'), (2, 3))

# Complex: signs, pure imaginary, special values, notation chosen per part.
for dt in ('complex64', 'complex128'):
    case(f'{dt}-basic', dt, [1 + 2j, 3.5 - 1j])
    case(f'{dt}-scalar', dt, 1 + 2j)
    case(f'{dt}-pure-imag-scalar', dt, 2j)
    case(f'{dt}-neg-imag-scalar', dt, -2j)
    case(f'{dt}-real-scalar', dt, 1.5 + 0j)
    case(f'{dt}-neg-zero-real-scalar', dt, complex(-0.0, 2.0))
    case(f'{dt}-nan-inf', dt, [complex(NAN, INF), complex(1, -INF), complex(-INF, NAN)])
    case(f'{dt}-nan-scalar', dt, complex(NAN, 1.0))
    case(f'{dt}-inf-imag-scalar', dt, complex(1.0, -INF))
    case(f'{dt}-exp-imag', dt, [1 + 1e-7j, 2 + 3j])
    case(f'{dt}-exp-both', dt, [1e10 + 1e-7j, 2 + 3j])
    case(f'{dt}-thirds', dt, [1 / 3 + 2j / 3, -1j])
    case(f'{dt}-large-scalar', dt, 1e20 + 1e-20j)
    case(f'{dt}-small-imag-scalar', dt, 1e-5j)

# Summarisation: more than 1000 elements, three edge items per axis, in every rank.
case('int32-1001', 'int32', np.arange(1001))
case('int32-1000-not-summarised', 'int32', np.arange(1000) % 10)
case('float32-summarised-values-only-corners', 'float32',
     np.concatenate([[0.5, 1.5, 2.5], np.full(1000, 1e-9), [3.5, 4.5, 5.5]]))
case('int64-summarised-wide-middle', 'int64', np.concatenate([[1, 2, 3], np.full(1000, 10 ** 15), [4, 5, 6]]))
case('float64-summarised-2d-tall', 'float64', np.arange(2002) / 3, (1001, 2))
case('int32-summarised-2d-wide', 'int32', np.arange(1203), (3, 401))
case('int32-summarised-3d', 'int32', np.arange(1100), (11, 10, 10))
case('float32-summarised-3d', 'float32', np.arange(2000) / 4, (10, 20, 10))
case('int32-summarised-4d', 'int32', np.arange(1296), (6, 6, 6, 6))
case('bool-summarised-2d', 'bool', np.arange(1400) % 3 == 0, (7, 200))
case('complex64-summarised', 'complex64', np.arange(1001) * (1 + 1j))
case('float32-wrap-summarised-row', 'float32', np.arange(1001) * 1e3)

# Row wrapping at 75 columns, nested continuation lines.
case('float64-wrap-3d', 'float64', np.arange(60) / 7, (2, 2, 15))
case('int8-wrap-2d', 'int8', np.arange(-60, 60), (2, 60))
case('complex128-wrap', 'complex128', np.arange(12) * (0.5 - 1.25j))
case('int32-3d-blocks', 'int32', np.arange(24), (2, 3, 4))
case('int32-4d-blocks', 'int32', np.arange(24), (2, 2, 3, 2))
case('float32-5d', 'float32', np.arange(32) / 2, (2, 2, 2, 2, 2))
case('int32-size-one-axes', 'int32', [7], (1, 1, 1))
case('int32-column', 'int32', np.arange(5), (5, 1))

# Strided views print their own element order.
case('int32-transposed', 'int32', np.arange(6), (2, 3), view='T')
case('float32-transposed-3d', 'float32', np.arange(24) / 8, (2, 3, 4), view='T')
case('float64-odd-columns', 'float64', np.arange(12) / 4, (3, 4), view='odd')
case('int32-odd-summarised', 'int32', np.arange(2400), (2, 1200), view='odd')

# Random bit patterns: every exponent range, subnormals, NaNs and infinities, in arrays (shared
# layout) and as 0-d arrays (scalar str).
fuzz = np.random.default_rng(7)
for dt, uint, bits in [('float16', np.uint16, 16), ('bfloat16', np.uint16, 16),
                       ('float32', np.uint32, 32), ('float64', np.uint64, 64)]:
    for k in range(30):
        raw = fuzz.integers(0, 2 ** bits, size=3, dtype=np.uint64).astype(uint)
        if dt == 'bfloat16':
            values = (raw.astype(np.uint32) << 16).view(F32).astype(F64)
        else:
            values = raw.view(dt)
        case(f'{dt}-fuzz-{k}', dt, values)
        case(f'{dt}-fuzz-scalar-{k}', dt, values[0])
    for k in range(15):
        # Nearby magnitudes, so that positional notation with up to 8 fraction digits shows.
        values = (fuzz.normal(size=4) * 10.0 ** fuzz.integers(-3, 5)).astype(F32 if dt == 'bfloat16' else dt)
        case(f'{dt}-fuzz-near-{k}', dt, values)
        case(f'{dt}-fuzz-near-scalar-{k}', dt, values[0])
for dt, part, uint, bits in [('complex64', F32, np.uint32, 32), ('complex128', F64, np.uint64, 64)]:
    for k in range(15):
        raw = fuzz.integers(0, 2 ** bits, size=4, dtype=np.uint64).astype(uint)
        case(f'{dt}-fuzz-{k}', dt, raw.view(part).view(dt))
        near = (fuzz.normal(size=4) * 10.0 ** fuzz.integers(-3, 5)).astype(part).view(dt)
        case(f'{dt}-fuzz-near-{k}', dt, near)
        case(f'{dt}-fuzz-near-scalar-{k}', dt, near[0])

print('# Generated by gen_printing_cases.py; do not edit. Fields: name dtype shape weak view data repr str')
print('\n'.join(CASES))
