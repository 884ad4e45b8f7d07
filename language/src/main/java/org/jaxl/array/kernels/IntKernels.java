package org.jaxl.array.kernels;

/**
 * Elementwise loops over {@code int} lanes: bool and the 8-, 16- and 32-bit integers. A lane
 * holds a value of {@code width} bits sign-extended (signed types) or zero-extended (unsigned
 * types narrower than 32 bits; uint32 lanes hold the raw bits); results may carry garbage above
 * {@code width} bits, which narrowing on store drops. XLA's integer semantics: arithmetic wraps,
 * division truncates toward zero with {@code x / 0 == -1} and {@code x % 0 == x}, shift amounts
 * are unsigned and shifting by the bit width or more gives 0 (or the sign fill).
 */
final class IntKernels {
    private IntKernels() {
    }

    static void unary(UnaryOp op, int[] x, int[] o, int from, int to, int width, boolean unsigned) {
        int mask = width == 32 ? -1 : (1 << width) - 1;
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
                        o[i] = Integer.signum(x[i]);
                    }
                }
            }
            case NOT -> {
                if (width == 1) {
                    for (int i = from; i < to; i++) {
                        o[i] = x[i] ^ 1;
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = ~x[i];
                    }
                }
            }
            case POPULATION_COUNT -> {
                for (int i = from; i < to; i++) {
                    o[i] = Integer.bitCount(x[i] & mask);
                }
            }
            case CLZ -> {
                int excess = 32 - width;
                for (int i = from; i < to; i++) {
                    o[i] = Integer.numberOfLeadingZeros(x[i] & mask) - excess;
                }
            }
            default -> throw new IllegalArgumentException(op + " on integer lanes");
        }
    }

    static void binary(BinaryOp op, int[] a, int[] b, int[] o, int from, int to, int width, boolean unsigned) {
        boolean unsigned32 = unsigned && width == 32;
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
                if (unsigned32) {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? -1 : Integer.divideUnsigned(a[i], b[i]);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? -1 : a[i] / b[i];
                    }
                }
            }
            case REM -> {
                if (unsigned32) {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? a[i] : Integer.remainderUnsigned(a[i], b[i]);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = b[i] == 0 ? a[i] : a[i] % b[i];
                    }
                }
            }
            case MAX -> {
                if (unsigned32) {
                    for (int i = from; i < to; i++) {
                        o[i] = Integer.compareUnsigned(a[i], b[i]) >= 0 ? a[i] : b[i];
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        o[i] = Math.max(a[i], b[i]);
                    }
                }
            }
            case MIN -> {
                if (unsigned32) {
                    for (int i = from; i < to; i++) {
                        o[i] = Integer.compareUnsigned(a[i], b[i]) <= 0 ? a[i] : b[i];
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
                    o[i] = Integer.compareUnsigned(b[i], width) >= 0 ? 0 : a[i] << b[i];
                }
            }
            case SHIFT_RIGHT_LOGICAL -> {
                int mask = width == 32 ? -1 : (1 << width) - 1;
                for (int i = from; i < to; i++) {
                    o[i] = Integer.compareUnsigned(b[i], width) >= 0 ? 0 : (a[i] & mask) >>> b[i];
                }
            }
            case SHIFT_RIGHT_ARITHMETIC -> {
                int excess = 32 - width;
                for (int i = from; i < to; i++) {
                    int signed = a[i] << excess >> excess;
                    o[i] = signed >> (Integer.compareUnsigned(b[i], width) >= 0 ? width - 1 : b[i]);
                }
            }
            default -> throw new IllegalArgumentException(op + " on integer lanes");
        }
    }

    static void compare(CompareOp op, int[] a, int[] b, boolean[] o, int from, int to, boolean unsigned32) {
        if (unsigned32 && op != CompareOp.EQ && op != CompareOp.NE && op != CompareOp.EQ_TO) {
            for (int i = from; i < to; i++) {
                int c = Integer.compareUnsigned(a[i], b[i]);
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
