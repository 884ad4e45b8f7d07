#!/usr/bin/env python3
"""Writes pyformat_cases.tsv, the expectations PyFormatTest checks PyFormat against.

Run with CPython 3.11 (the version whose formatting PyFormat follows), from this directory:

    python3 gen_pyformat_cases.py > pyformat_cases.tsv

The cases are drawn from a seeded generator, so the output is the same on every run. An
optional argument replaces the seed, for a one-off check against a fresh sample:

    python3 gen_pyformat_cases.py 7 > /tmp/pyformat_cases.tsv

One case per line, tab-separated; the first field names the kind:

    float       <double bits>  <spec>    <expected>     format(float, spec)
    int         <decimal>      <spec>    <expected>     format(int, spec)
    bool        True|False     <spec>    <expected>     format(bool, spec)
    str         <string>       <spec>    <expected>     format(str, spec)
    repr_float  <double bits>  <expected>                repr(float)
    repr_str    <string>       <expected>                repr(str)
    percent     <format>       <expected>  <arg>...      format % tuple(args)
    printable   <first> <last>                           code points with str.isprintable(), hex
    decimal     <first> <last>                           code points of Unicode digits 0..9, hex

<double bits> is the IEEE 754 bit pattern in 16 hex digits. <expected> is '=' followed by the
result, or '!' followed by 'ExceptionType: message'. Strings are escaped so that a line stays
printable ASCII: '\\' stands for a backslash, '\\u{hex}' for any code point outside ' '..'~' and
for '|'. A percent argument is 'i:<decimal>', 'f:<double bits>', 'b:True|False', 's:<string>',
or 'o:<type name>|<str()>|<repr()>' for other objects.
"""

import math
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20240611)
out = sys.stdout


def esc(s):
    parts = []
    for ch in s:
        if ch == '\\':
            parts.append('\\\\')
        elif ' ' <= ch <= '~' and ch != '|':
            parts.append(ch)
        else:
            parts.append('\\u{%x}' % ord(ch))
    return ''.join(parts)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(fn):
    try:
        return '=' + esc(fn())
    except Exception as e:  # the exception and its message are the expectation
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def emit(*fields):
    out.write('\t'.join(fields) + '\n')


# ---------------------------------------------------------------- doubles

def special_doubles():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5,
          1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e16, 1e15, 1e17, 9999999999999998.0,
          1e-4, 1e-5, 9.999e-5, 0.0001234, 1e22, 1e23, 1e21, 1e-7, 123456.789, 1234567.0,
          12345678901234567890.0, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 2.0 ** 53,
          2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074 * 3, 0.9999999999999999, 9.5, 99.5,
          999.5, 0.05, 0.15, 0.25, 0.35, 1e100, 1e-100, 1.1e-310, math.pi, -math.e, 100.0,
          1000000.0, 1e6 + 0.5, 4.35, 0.615, 8.5e-5, 0.00009995, 0.99999, 9.9999, 99999.5]
    for e in range(-12, 25):
        p = 10.0 ** e
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    return xs


def random_double():
    kind = rng.randrange(8)
    if kind == 0:  # any bit pattern: every exponent, NaN payloads
        return from_bits(rng.getrandbits(64))
    if kind == 1:  # subnormal
        return from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))
    if kind == 2:  # short decimal
        return round(rng.uniform(-1, 1) * 10 ** rng.randrange(0, 8), rng.randrange(0, 6))
    if kind == 3:  # a few significant digits at any scale
        return rng.randrange(1, 10 ** rng.randrange(1, 6)) * 10.0 ** rng.randrange(-30, 30)
    if kind == 4:  # exact binary fractions: ties at many precisions
        return rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randrange(1, 14)
    if kind == 5:  # integers as floats
        return float(rng.randrange(-2 ** 70, 2 ** 70) >> rng.randrange(0, 70))
    if kind == 6:  # moderate magnitude, full precision
        return rng.uniform(-1, 1) * 10.0 ** rng.randrange(-8, 18)
    return rng.choice(special_doubles())


# ---------------------------------------------------------------- format specs

FILL_ALIGN = ['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0=', '0<', '0>', '_>',
              ' ^', 'x<', '\U0001F600>', '\u00e9^', '{<']


def random_spec(types, signs=True):
    parts = [rng.choice(FILL_ALIGN)]
    if signs:
        parts.append(rng.choice(['', '', '', '+', '-', ' ']))
        parts.append(rng.choice(['', '', '', '', 'z']))
        parts.append(rng.choice(['', '', '', '#']))
    parts.append(rng.choice(['', '', '', '0']))
    parts.append(rng.choice(['', '', '1', '4', '8', '12', '20', '30']))
    parts.append(rng.choice(['', '', '', '', ',', '_']))
    parts.append(rng.choice(['', '', '', '.0', '.1', '.2', '.3', '.5', '.6', '.10', '.15',
                             '.16', '.17', '.18', '.25', '.40']))
    parts.append(rng.choice(types))
    return ''.join(parts)


BAD_SPECS = ['xx', '..', '.', ',_', '_,', ',,', '__', '.f', '10.2ff', '+-f', '#z', 'zz', '=<',
             '\x01', '\u0250', '<<<', '0.5.5', '9' * 20, '.' + '9' * 20, '.' + '9' * 11,
             '\u0661\u0660', '\u0661.\u0662f', '\U0001F600', '\u0250>5', '9' * 18, '<' + '9' * 18,
             '0' + '9' * 18 + '.3']

FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'f', 'g', 'e']
INT_TYPES = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'd', 'x']


def float_cases():
    fixed_specs = ['', 'r', 's', 'd', 'x', 'c', 'b']
    for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']:
        for p in ['', '.0', '.1', '.2', '.3', '.6', '.16', '.17']:
            fixed_specs.append(p + t)
            fixed_specs.append('#' + p + t)
        fixed_specs += ['z' + t, '+' + t, ' ' + t, '012' + t, '<12' + t, ',' + t, '_' + t,
                        '015,' + t, '0=15_.2' + t, '*^15' + t, '.40' + t, '.60' + t, '-z.1' + t]
    grid_doubles = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.5, 0.1, 2.5, 0.125, 2.675,
                    1e16, 9999999999999998.0, 1e-4, 9.999e-5, 1e22, 123456.789, 5e-324,
                    1.7976931348623157e308, 0.9999999999999999, 99.5, 0.00009995, -0.0004]
    for x in grid_doubles:
        for spec in fixed_specs:
            emit('float', bits(x), esc(spec), outcome(lambda: format(x, spec)))
    for x in [1.5, -0.0, math.nan]:
        for spec in BAD_SPECS:
            emit('float', bits(x), esc(spec), outcome(lambda: format(x, spec)))
    for x in special_doubles():
        for _ in range(6):
            spec = random_spec(FLOAT_TYPES)
            emit('float', bits(x), esc(spec), outcome(lambda: format(x, spec)))
    for _ in range(7000):
        x = random_double()
        wrong_types = ['d', 's', 'x', 'c', 'r'] if rng.random() < 0.05 else []
        spec = random_spec(FLOAT_TYPES + wrong_types)
        emit('float', bits(x), esc(spec), outcome(lambda: format(x, spec)))
    # 'f' far into the exact binary expansion, and exponents at the edge
    for _ in range(150):
        x = random_double()
        spec = rng.choice(['.%df', '.%de', '.%dg', '#.%dg', '.%d']) % rng.randrange(0, 400)
        emit('float', bits(x), esc(spec), outcome(lambda: format(x, spec)))


# ---------------------------------------------------------------- ints

def special_ints():
    return [0, 1, -1, 7, -7, 10, 65, 255, -255, 999, 1000, -1000, 1234, 12345, 123456, 1234567,
            0x10ffff, 0x110000, 0x1f600, 2 ** 31, 2 ** 31 - 1, -2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1,
            -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 30, -10 ** 30, 2 ** 1023, 2 ** 1024,
            2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, -(2 ** 1024), 10 ** 400, 3 ** 200]


def random_int():
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randrange(-1000, 1000)
    if kind == 1:
        return rng.randrange(-2 ** 63, 2 ** 63)
    if kind == 2:
        return rng.randrange(-2 ** 200, 2 ** 200) >> rng.randrange(0, 200)
    if kind == 3:
        return rng.randrange(0, 0x120000)
    return rng.choice(special_ints())


def int_cases():
    fixed_specs = ['']
    for t in ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', 'G', '%', 's', 'r', 'z']:
        fixed_specs += [t, '#' + t, '+' + t, ' ' + t, '-' + t, 'z' + t, '010' + t, '<10' + t,
                        '^11' + t, '*=12' + t, ',' + t, '_' + t, '#015_' + t, '0=20,' + t,
                        '.2' + t, '08,' + t, '+#0=12' + t]
    grid_ints = [0, 1, -1, 65, -255, 1234567, 0x10ffff, 0x110000, 2 ** 63 - 1, -2 ** 63, 2 ** 64,
                 -10 ** 30, 3 ** 200]
    for x in grid_ints:
        for spec in fixed_specs:
            emit('int', str(x), esc(spec), outcome(lambda: format(x, spec)))
    for x in [42, -2 ** 70]:
        for spec in BAD_SPECS:
            emit('int', str(x), esc(spec), outcome(lambda: format(x, spec)))
    for x in special_ints():
        for _ in range(4):
            spec = random_spec(INT_TYPES)
            emit('int', str(x), esc(spec), outcome(lambda: format(x, spec)))
    for _ in range(4000):
        x = random_int()
        wrong_types = ['s', 'r'] if rng.random() < 0.05 else []
        spec = random_spec(INT_TYPES + wrong_types)
        emit('int', str(x), esc(spec), outcome(lambda: format(x, spec)))
    for b in [True, False]:
        for spec in ['', 'd', '>5', 's', 'x', '#x', 'c', 'f', '.2f', '%', '^7', 'z', '+', ',']:
            emit('bool', str(b), esc(spec), outcome(lambda: format(b, spec)))


# ---------------------------------------------------------------- strings

STRINGS = ['', 'a', 'ab', 'abc', 'hello, world', '\u00e9', 'na\u00efve', '\u65e5\u672c\u8a9e',
           '\U0001F600', 'a\U0001F600b', 'tab\tx', 'e\u0301', '12345', ' ', '\x00']


def str_cases():
    fixed_specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^9', '.1', '.0', '.2s', '10.3',
                   '\U0001F600>4', '05', '0<5', '0>5', '+', '-', ' ', 'z', '#', '=5', '0=5',
                   ',', '_', 'd', 'r', 'x', '.', '5.', '+z#', '#=5', '-5', '1.1s']
    for s in STRINGS:
        for spec in fixed_specs:
            emit('str', esc(s), esc(spec), outcome(lambda: format(s, spec)))
    for spec in BAD_SPECS:
        emit('str', 'abc', esc(spec), outcome(lambda: format('abc', spec)))
    for _ in range(1500):
        s = rng.choice(STRINGS)
        spec = random_spec(['', '', 's', 's', 'd'], signs=rng.random() < 0.1)
        emit('str', esc(s), esc(spec), outcome(lambda: format(s, spec)))


# ---------------------------------------------------------------- repr

def repr_float_cases():
    for x in special_doubles():
        emit('repr_float', bits(x), outcome(lambda: repr(x)))
    for _ in range(10000):
        x = random_double()
        emit('repr_float', bits(x), outcome(lambda: repr(x)))
    for _ in range(1500):  # tiny subnormals, where the shortest digits are few
        x = from_bits(rng.randrange(1, 2 ** rng.randrange(1, 20)))
        emit('repr_float', bits(x), outcome(lambda: repr(x)))


def random_code_point():
    pool = rng.randrange(10)
    if pool < 3:
        return rng.randrange(0x20, 0x7f)
    if pool == 3:
        return rng.choice([0, 7, 9, 10, 13, 27, 0x7f, 0x22, 0x27, 0x5c])
    if pool == 4:
        return rng.randrange(0x80, 0x100)
    if pool == 5:
        return rng.choice([0xa0, 0xad, 0x2028, 0x2029, 0x200b, 0x3000, 0xfeff, 0xd800, 0xdfff,
                           0xe000, 0xf8ff, 0x378, 0xfffe, 0xffff, 0x1f600, 0xe0001, 0x10ffff,
                           0x1fadc, 0x31350, 0x1342f, 0x0897, 0x1680, 0x61c, 0x110bd])
    if pool == 6:
        return rng.randrange(0x100, 0x3000)
    if pool == 7:
        return rng.randrange(0x10000, 0x110000)
    return rng.randrange(0, 0x110000)


def random_string():
    cps = []
    for _ in range(rng.randrange(0, 12)):
        cp = random_code_point()
        # A high surrogate followed by a low one is one code point in Java but two in Python.
        if cps and 0xd800 <= cps[-1] <= 0xdbff and 0xdc00 <= cp <= 0xdfff:
            continue
        cps.append(cp)
    return ''.join(map(chr, cps))


def repr_str_cases():
    fixed = ['', "'", '"', '\'"', 'it\'s', 'say "hi"', 'both \' and "', '\\', '\\n', '\n\r\t',
             '\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff', '\u0100\u2028\u2029\u200b\u3000\ufeff',
             '\ud800', '\udfff', 'x\ud83d', '\ue000', '\U000f0000', '\u0378', '\U000e0001',
             '\U0001F600', '\U0001FADC', '\U00031350', 'caf\u00e9', 'e\u0301',
             '\u65e5\u672c', '\x1b[0m', 'a\x0bb\x0cc']
    for s in fixed:
        emit('repr_str', esc(s), outcome(lambda: repr(s)))
    for _ in range(3000):
        s = random_string()
        emit('repr_str', esc(s), outcome(lambda: repr(s)))


def unicode_tables():
    start = None
    for cp in range(0x110001):
        printable = cp < 0x110000 and chr(cp).isprintable()
        if printable and start is None:
            start = cp
        elif not printable and start is not None:
            emit('printable', '%x' % start, '%x' % (cp - 1))
            start = None
    for cp in range(0x110000):
        if unicodedata.decimal(chr(cp), -1) == 0:
            last = cp + 9
            assert all(unicodedata.decimal(chr(c), -1) == c - cp for c in range(cp, last + 1))
            emit('decimal', '%x' % cp, '%x' % last)


# ---------------------------------------------------------------- %-formatting

class Opaque:
    """Stands for an object the Java caller stringifies through its callbacks."""

    def __init__(self, value):
        self.value = value


def encode_arg(a):
    if isinstance(a, bool):
        return 'b:' + str(a)
    if isinstance(a, int):
        return 'i:' + str(a)
    if isinstance(a, float):
        return 'f:' + bits(a)
    if isinstance(a, str):
        return 's:' + esc(a)
    v = a.value
    return 'o:' + '|'.join([type(v).__name__, esc(str(v)), esc(repr(v))])


def python_arg(a):
    return a.value if isinstance(a, Opaque) else a


PERCENT_ARGS = [0, 1, -1, 5, 42, -42, 255, 65, 0x1f600, 0x110000, -3, 2 ** 64, -2 ** 70, 10 ** 25,
                2 ** 1024, True, False, 0.0, -0.0, 1.5, -2.5, 3.14159, 1e16, 1e-5, 2.675, 1e300,
                math.inf, -math.inf, math.nan, 'a', 'abc', '', '\u00e9', 'it\'s', '\U0001F600',
                'x\ny', Opaque(None), Opaque([1, 'a']), Opaque((2.5,)), Opaque({'k': 1})]
CONVERSIONS = 'sssrradiuoxXeEfFgGcc%'


def random_percent():
    fmt = rng.choice(['', '', 'x=', '[', 'value: ', '\u00e9 '])
    args = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        fmt += '%' + ''.join(rng.sample('-+ #0', rng.randrange(0, 3)))
        if rng.random() < 0.1:
            fmt += '*'
            args.append(rng.choice([-8, -3, 0, 4, 9, 12, 'x', 2.0]))
        else:
            fmt += rng.choice(['', '', '', '3', '8', '12'])
        r = rng.random()
        if r < 0.1:
            fmt += '.*'
            args.append(rng.choice([-2, 0, 1, 3, 8, 'x']))
        elif r < 0.5:
            fmt += rng.choice(['.', '.0', '.1', '.3', '.6', '.10', '.20'])
        if rng.random() < 0.05:
            fmt += rng.choice('hlL')
        conversion = rng.choice(CONVERSIONS)
        fmt += conversion
        if conversion != '%':
            args.append(rng.choice(PERCENT_ARGS))
        fmt += rng.choice(['', '', ' ', ']', ', '])
    if rng.random() < 0.05:
        args.append(rng.choice(PERCENT_ARGS))
    if rng.random() < 0.05 and args:
        args.pop()
    return fmt, args


def percent_cases():
    fixed = [('%5%', []), ('%y', []), ('%y', [1]), ('abc%', []), ('%', []), ('%-', [1]),
             ('%5', [1]), ('%.', [1]), ('%.3', [1.0]), ('%*', [1]), ('%s', []), ('abc', [1]),
             ('%%%s', [1]), ('%%', []), ('%s %s', [1]), ('%(a)s', [1]), ('%\U0001F600', [1]),
             ('%\u00e9', [1]), ('%#010o', [8]), ('%#010x', [255]), ('%-#10x', [255]),
             ('%#10X', [-255]), ('%-010d', [-5]), ('%+05d', [5]), ('% d', [5]), ('%.3d', [-5]),
             ('%#.3x', [5]), ('%#o', [-8]), ('%.*s', [2 ** 40, 'a']), ('%*s', [2 ** 70, 'a']),
             ('%.2147483647d', [1]), ('%.99999999999d', [1]), ('%9999999999999999999d', [1]),
             ('%999999999999999999d', [1]), ('%-999999999999999999s', ['a']),
             ('%.2147483647e', [1.0]), ('%.0f', [0.5]), ('%.0f', [1.5]), ('%.2f', [2.675]),
             ('%.200f', [1e-300]), ('%a', ['\u00e9\U0001F600']), ('%c', ['ab']), ('%c', [1.5]),
             ('%c', [-1]), ('%c', [2 ** 70]), ('%d', [1.5]), ('%d', [-2.7]), ('%d', [1e300]),
             ('%x', [1.5]), ('%f', ['a']), ('%f', [2 ** 1024]), ('%d', [math.nan]),
             ('%d', [math.inf]), ('%x', [True]), ('%5.1s', ['\U0001F600\U0001F600']),
             ('%s', [Opaque(None)]), ('%d', [Opaque(None)]), ('%x', [Opaque([1])]),
             ('%f', [Opaque(None)]), ('%c', [Opaque(None)]), ('%r', [Opaque([1, 'a'])]),
             ('%a', [Opaque(['\u00e9'])]), ('%-8r|', ['x']), ('%010.3f', [-3.14159]),
             ('%+.3e', [0.0]), ('%#.0e', [1.5]), ('%#.0f', [2.5]), ('%g', [1e-5]),
             ('%#g', [1.0]), ('%G', [math.inf]), ('%F', [math.nan]), ('%+f', [math.nan]),
             ('%010f', [-math.inf]), ('%0-8.2f|', [1.0]), ('% 08.2f', [1.0])]
    for fmt, args in fixed:
        result = outcome(lambda: fmt % tuple(python_arg(a) for a in args))
        emit('percent', esc(fmt), result, *[encode_arg(a) for a in args])
    for _ in range(5000):
        fmt, args = random_percent()
        result = outcome(lambda: fmt % tuple(python_arg(a) for a in args))
        emit('percent', esc(fmt), result, *[encode_arg(a) for a in args])


float_cases()
int_cases()
str_cases()
repr_float_cases()
repr_str_cases()
percent_cases()
unicode_tables()
