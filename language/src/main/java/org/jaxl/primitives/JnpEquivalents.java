package org.jaxl.primitives;

/** JAX's {@code _JNP_FUNCTION_EQUIVALENTS}: the jnp function to suggest when a lax op rejects mixed dtypes. */
final class JnpEquivalents {
    private JnpEquivalents() {
    }

    static String of(String laxName) {
        return switch (laxName) {
            case "abs" -> "fabs";
            case "acos" -> "arccos";
            case "acosh" -> "arccosh";
            case "add" -> "add";
            case "asin" -> "arcsin";
            case "asinh" -> "arcsinh";
            case "atan" -> "arctan";
            case "atan2" -> "arctan2";
            case "atanh" -> "arctanh";
            case "bitwise_and" -> "bitwise_and";
            case "bitwise_not" -> "bitwise_not";
            case "bitwise_or" -> "bitwise_or";
            case "bitwise_xor" -> "bitwise_xor";
            case "cbrt" -> "cbrt";
            case "ceil" -> "ceil";
            case "concatenate" -> "concatenate";
            case "cos" -> "cos";
            case "cosh" -> "cosh";
            case "div" -> "divide";
            case "eq" -> "equal";
            case "exp" -> "exp";
            case "expm1" -> "expm1";
            case "floor" -> "floor";
            case "greater" -> "greater";
            case "greater_equal" -> "greater_equal";
            case "less" -> "less";
            case "less_equal" -> "less_equal";
            case "log" -> "log";
            case "logical_and" -> "logical_and";
            case "logical_not" -> "logical_not";
            case "logical_or" -> "logical_or";
            case "logical_xor" -> "logical_xor";
            case "log1p" -> "log1p";
            case "max" -> "maximum";
            case "min" -> "minimum";
            case "mul" -> "multiply";
            case "ne" -> "not_equal";
            case "neg" -> "negative";
            case "nextafter" -> "nextafter";
            case "pow" -> "float_power";
            case "round" -> "round";
            case "select" -> "where";
            case "shift_left" -> "left_shift";
            case "shift_right_logical" -> "right_shift";
            case "shift_right_arithmetic" -> "right_shift";
            case "sign" -> "sign";
            case "sin" -> "sin";
            case "sinh" -> "sinh";
            case "sqrt" -> "sqrt";
            case "sub" -> "subtract";
            case "tan" -> "tan";
            case "tanh" -> "tanh";
            default -> null;
        };
    }
}
