"""Regenerates dtype_info_expected.properties: NumPy's finfo/iinfo and dtype-name facts.

Usage: python3 dtype_info_expected.py > dtype_info_expected.properties

Needs NumPy 2.0.x (the NumPy JAX 0.4.30 was released against; NumPy 2.3+ print finfo
differently) and ml_dtypes (jnp.finfo is ml_dtypes.finfo; its bfloat16 finfo is the same from
0.4.0, which JAX 0.4.30 requires, through 0.5.4). Floats are written with float.hex so they
compare exactly; reprs and strs as Python prints them.
"""
import warnings

import ml_dtypes
import numpy as np

# np.dtype("a") (one of the sctypeDict names) warns that the alias is deprecated.
warnings.simplefilter("ignore", DeprecationWarning)

assert np.__version__.startswith("2.0."), np.__version__

JAX_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
              "float16", "bfloat16", "float32", "float64", "complex64", "complex128"]
FINFO_FIELDS = ["bits", "eps", "epsneg", "max", "min", "tiny", "smallest_normal",
                "smallest_subnormal", "resolution", "precision", "nmant", "nexp", "maxexp",
                "minexp", "machep", "negep", "iexp", "dtype"]


def escape(text, key=False):
    out = text.replace("\\", "\\\\").replace("\n", "\\n")
    if key:
        for ch in " =:#!":
            out = out.replace(ch, "\\" + ch)
    return out


def emit(key, value):
    print(f"{escape(key, key=True)}={escape(str(value))}")


def error(call):
    try:
        call()
    except Exception as e:  # noqa: BLE001 - the message is what we record
        return f"{type(e).__name__}: {e}"
    raise AssertionError("expected an error")


def dtype_of(name):
    return np.dtype(ml_dtypes.bfloat16) if name == "bfloat16" else np.dtype(name)


for name in JAX_DTYPES:
    dt = dtype_of(name)
    if dt.kind in "fcV":
        fi = ml_dtypes.finfo(dt)
        for field in FINFO_FIELDS:
            value = getattr(fi, field)
            if isinstance(value, (int, np.dtype)):
                emit(f"finfo.{name}.{field}", value)
            else:
                emit(f"finfo.{name}.{field}", float(value).hex())
        emit(f"finfo.{name}.repr", repr(fi))
        emit(f"finfo.{name}.str", str(fi))
    else:
        emit(f"finfo.{name}.error", error(lambda: ml_dtypes.finfo(dt)))
    if dt.kind in "iu":
        ii = ml_dtypes.iinfo(dt)
        for field in ["bits", "min", "max", "dtype", "kind"]:
            emit(f"iinfo.{name}.{field}", getattr(ii, field))
        emit(f"iinfo.{name}.repr", repr(ii))
        emit(f"iinfo.{name}.str", str(ii))
    else:
        emit(f"iinfo.{name}.error", error(lambda: ml_dtypes.iinfo(dt)))

# Names np.dtype() accepts (with ml_dtypes imported, as JAX does) for JAX's 15 dtypes.
names = [k for k in np.sctypeDict if isinstance(k, str)]
codes = list("?bBhHiIlLqQpPefdFD")
typestrs = [f"{order}{kind}{size}" for order in ["", "<", "=", "|"]
            for kind, sizes in [("b", [1]), ("i", [1, 2, 4, 8]), ("u", [1, 2, 4, 8]),
                                ("f", [2, 4, 8]), ("c", [8, 16])] for size in sizes]
for spec in sorted(set(names + codes + typestrs)):
    dt = np.dtype(spec)
    if dt.name in JAX_DTYPES and dt.isnative:
        emit(f"name.{spec}", dt.name)
# Names np.dtype() accepts for dtypes that are not numbers or bools (JAX rejects them).
for spec in ["str", "str_", "unicode", "U", "U5", "S", "S3", "bytes", "bytes_", "object",
             "object_", "O", "void", "V", "V8", "datetime64", "M", "M8", "timedelta64", "m",
             "m8"]:
    emit(f"nonnumeric.{spec}", np.dtype(spec).kind)
emit("unknown.foo", error(lambda: np.dtype("foo")))

# jnp.issubdtype(dtype, category). JAX's issubdtype answers for ml_dtypes' bfloat16 itself (its
# scalar type is not a subclass of np.floating): true for floating, inexact, number and generic.
CATEGORIES = ["generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact",
              "floating", "complexfloating"]
for name in JAX_DTYPES:
    for category in CATEGORIES:
        if name == "bfloat16":
            answer = category in {"floating", "inexact", "number", "generic"}
        else:
            answer = np.issubdtype(np.dtype(name), getattr(np, category))
        emit(f"issubdtype.{name}.{category}", answer)
