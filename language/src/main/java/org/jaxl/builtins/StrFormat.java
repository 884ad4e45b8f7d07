package org.jaxl.builtins;

import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.nodes.Node;

/** {@code str.format}: replacement fields with auto/manual numbering, names, attributes, indices, conversions and specs. */
final class StrFormat {
    private StrFormat() {
    }

    static String format(Node node, String fmt, Object[] args, PDict kwargs) {
        StringBuilder out = new StringBuilder();
        int[] auto = {0};
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < fmt.length() && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth != 0) {
                    throw PyErrors.valueError(node, "expected '}' before end of string");
                }
                out.append(field(node, fmt.substring(i + 1, j - 1), args, kwargs, auto));
                i = j;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError(node, "Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String field(Node node, String body, Object[] args, PDict kwargs, int[] auto) {
        String spec = "";
        char conversion = 0;
        int colon = body.indexOf(':');
        String head = body;
        if (colon >= 0) {
            spec = body.substring(colon + 1);
            head = body.substring(0, colon);
        }
        int bang = head.indexOf('!');
        if (bang >= 0) {
            conversion = head.charAt(bang + 1);
            head = head.substring(0, bang);
        }
        int end = 0;
        while (end < head.length() && head.charAt(end) != '.' && head.charAt(end) != '[') {
            end++;
        }
        String first = head.substring(0, end);
        Object value;
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw PyErrors.valueError(node, "cannot switch from manual field specification to automatic field numbering");
            }
            int k = auto[0]++;
            if (k >= args.length) {
                throw PyErrors.indexError(node, "Replacement index " + k + " out of range for positional args tuple");
            }
            value = args[k];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw PyErrors.valueError(node, "cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            int k = Integer.parseInt(first);
            if (k >= args.length) {
                throw PyErrors.indexError(node, "Replacement index " + k + " out of range for positional args tuple");
            }
            value = args[k];
        } else {
            value = kwargs.get(first);
            if (value == null) {
                throw PyErrors.keyError(node, first);
            }
        }
        int p = end;
        while (p < head.length()) {
            if (head.charAt(p) == '.') {
                int q = p + 1;
                while (q < head.length() && head.charAt(q) != '.' && head.charAt(q) != '[') {
                    q++;
                }
                value = PyObjects.getAttribute(value, head.substring(p + 1, q), node);
                p = q;
            } else {
                int q = head.indexOf(']', p);
                String key = head.substring(p + 1, q);
                Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                value = PyObjects.getItem(value, k, node);
                p = q + 1;
            }
        }
        if (spec.contains("{")) {
            spec = format(node, spec, args, kwargs);
        }
        Object converted = switch (conversion) {
            case 's' -> PyObjects.str(value);
            case 'r' -> PyObjects.repr(value);
            case 'a' -> PyObjects.ascii(value);
            default -> value;
        };
        return PyObjects.format(converted, spec, node);
    }
}
