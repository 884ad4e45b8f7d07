package org.jaxl.array.kernels;

import org.jaxl.array.DType;
import org.jaxl.array.Float16;
import org.jaxl.array.NDArray;

/**
 * Moves array data between storage (one primitive array per dtype, see {@link DType}) and the
 * lanes kernels compute in (see {@link LaneType}). Dtypes whose storage already is their lane
 * type are passed through without copying.
 */
public final class Lanes {
    private Lanes() {
    }

    /** The elements of {@code a} in C order as lanes of {@link LaneType#of a.dtype()}. */
    public static Object load(NDArray a) {
        return decode(a.dtype(), Layout.contiguousData(a), a.size());
    }

    /** Lanes from contiguous storage of {@code n} elements of {@code dtype}. */
    public static Object decode(DType dtype, Object data, int n) {
        switch (dtype) {
            case INT32, UINT32, INT64, UINT64, FLOAT32, FLOAT64, COMPLEX128:
                return data;
            case BOOL: {
                boolean[] s = (boolean[]) data;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] ? 1 : 0;
                }
                return out;
            }
            case INT8: {
                byte[] s = (byte[]) data;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i];
                }
                return out;
            }
            case UINT8: {
                byte[] s = (byte[]) data;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] & 0xff;
                }
                return out;
            }
            case INT16: {
                short[] s = (short[]) data;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i];
                }
                return out;
            }
            case UINT16: {
                short[] s = (short[]) data;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] & 0xffff;
                }
                return out;
            }
            case FLOAT16: {
                short[] s = (short[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Float.float16ToFloat(s[i]);
                }
                return out;
            }
            case BFLOAT16: {
                short[] s = (short[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Float.intBitsToFloat(s[i] << 16);
                }
                return out;
            }
            case COMPLEX64: {
                float[] s = (float[]) data;
                double[] out = new double[2 * n];
                for (int i = 0; i < 2 * n; i++) {
                    out[i] = s[i];
                }
                return out;
            }
            default:
                throw new IllegalArgumentException(dtype.jaxName());
        }
    }

    /**
     * Storage of {@code dtype} for {@code n} elements given as lanes of its lane type: narrow
     * integers wrap, bool is "non-zero", the 16-bit floats and complex64 round to nearest even.
     * Lanes that already are storage are returned as they are.
     */
    public static Object encode(DType dtype, Object lanes, int n) {
        switch (dtype) {
            case INT32, UINT32, INT64, UINT64, FLOAT32, FLOAT64, COMPLEX128:
                return lanes;
            case BOOL: {
                int[] s = (int[]) lanes;
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] != 0;
                }
                return out;
            }
            case INT8, UINT8: {
                int[] s = (int[]) lanes;
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) s[i];
                }
                return out;
            }
            case INT16, UINT16: {
                int[] s = (int[]) lanes;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (short) s[i];
                }
                return out;
            }
            case FLOAT16: {
                float[] s = (float[]) lanes;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Float.floatToFloat16(s[i]);
                }
                return out;
            }
            case BFLOAT16: {
                float[] s = (float[]) lanes;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Float16.floatToBfloat16(s[i]);
                }
                return out;
            }
            case COMPLEX64: {
                double[] s = (double[]) lanes;
                float[] out = new float[2 * n];
                for (int i = 0; i < 2 * n; i++) {
                    out[i] = (float) s[i];
                }
                return out;
            }
            default:
                throw new IllegalArgumentException(dtype.jaxName());
        }
    }

    /** A contiguous array of {@code dtype} and {@code shape} from lanes. */
    public static NDArray toArray(DType dtype, int[] shape, Object lanes, boolean weak) {
        int n = org.jaxl.array.Shapes.size(shape);
        return NDArray.of(dtype, shape, encode(dtype, lanes, n), weak);
    }

    /** Element 0 of int lanes, and so on: the value of a scalar operand. */
    static int intAt(Object lanes, int i) {
        return ((int[]) lanes)[i];
    }
}
