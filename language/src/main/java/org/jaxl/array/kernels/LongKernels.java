package org.jaxl.array.kernels;

/**
 * Elementwise loops over {@code long} lanes: int64 and uint64 (raw bits), with the integer
 * semantics described in {@link IntKernels}.
 */
final class LongKernels {
    private LongKernels() {
    }

    static void unary(UnaryOp op, long[] x, long[] o, int from, int to, boolean unsigned) {
        switch (op) {
            case NEG -> {
                for (int i = from; i < to; i++) {
                    o[i] = -x[i];
                }
            }
            case ABS -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.abs(x[i]);
                }
            }
            case SIGN -> {
                if (unsigned) {
                    for (int i = from; i < to; i++) {
                        o[i] = x[i] != 0 ? 1 : 0;
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = Long.signum(x[i]);
                    }
                }
            }
            case NOT -> {
                for (int i = from; i < to; i++) {
                    o[i] = ~x[i];
                }
            }
            case POPULATION_COUNT -> {
                for (int i = from; i < to; i++) {
                    o[i] = Long.bitCount(x[i]);
                }
            }
            case CLZ -> {
                for (int i = from; i < to; i++) {
                    o[i] = Long.numberOfLeadingZeros(x[i]);
                }
            }
            default -> throw new IllegalArgumentException(op + " on integer lanes");
        }
    }

    static void binary(BinaryOp op, long[] a, long[] b, long[] o, int from, int to, boolean unsigned) {
        switch (op) {
            case ADD -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] + b[i];
                }
            }
            case SUB -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] - b[i];
                }
            }
            case MUL -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] * b[i];
                }
            }
            case DIV -> {
                if (unsigned) {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? -1 : Long.divideUnsigned(a[i], b[i]);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? -1 : a[i] / b[i];
                    }
                }
            }
            case REM -> {
                if (unsigned) {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? a[i] : Long.remainderUnsigned(a[i], b[i]);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? a[i] : a[i] % b[i];
                    }
                }
            }
            case MAX -> {
                if (unsigned) {
                    for (int i = from; i < to; i++) {
                        o[i] = Long.compareUnsigned(a[i], b[i]) >= 0 ? a[i] : b[i];
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = Math.max(a[i], b[i]);
                    }
                }
            }
            case MIN -> {
                if (unsigned) {
                    for (int i = from; i < to; i++) {
                        o[i] = Long.compareUnsigned(a[i], b[i]) <= 0 ? a[i] : b[i];
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = Math.min(a[i], b[i]);
                    }
                }
            }
            case AND -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] & b[i];
                }
            }
            case OR -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] | b[i];
                }
            }
            case XOR -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] ^ b[i];
                }
            }
            case SHIFT_LEFT -> {
                for (int i = from; i < to; i++) {
                    o[i] = Long.compareUnsigned(b[i], 64) >= 0 ? 0 : a[i] << b[i];
                }
            }
            case SHIFT_RIGHT_LOGICAL -> {
                for (int i = from; i < to; i++) {
                    o[i] = Long.compareUnsigned(b[i], 64) >= 0 ? 0 : a[i] >>> b[i];
                }
            }
            case SHIFT_RIGHT_ARITHMETIC -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] >> (Long.compareUnsigned(b[i], 64) >= 0 ? 63 : b[i]);
                }
            }
            default -> throw new IllegalArgumentException(op + " on integer lanes");
        }
    }

    static void compare(CompareOp op, long[] a, long[] b, boolean[] o, int from, int to, boolean unsigned) {
        if (unsigned && op != CompareOp.EQ && op != CompareOp.NE && op != CompareOp.EQ_TO) {
            for (int i = from; i < to; i++) {
                int c = Long.compareUnsigned(a[i], b[i]);
                o[i] = switch (op) {
                    case LT, LT_TO -> c < 0;
                    case LE, LE_TO -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
            }
            return;
        }
        switch (op) {
            case EQ, EQ_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] == b[i];
                }
            }
            case NE -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] != b[i];
                }
            }
            case LT, LT_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] < b[i];
                }
            }
            case LE, LE_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] <= b[i];
                }
            }
            case GT -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] > b[i];
                }
            }
            case GE -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] >= b[i];
                }
            }
        }
    }
}
