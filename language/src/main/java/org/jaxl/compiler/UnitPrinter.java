package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.array.ArrayPrinter;
import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Var;

/**
 * Prints the steps of a lowered unit in jaxpr notation ({@code c:f32[3] = mul a 2.0}), naming
 * variables as jaxprs do ({@code a}, {@code b}, … {@code ba}) in order of appearance in the
 * flattened unit, where the steps of inlined jits appear in place.
 */
final class UnitPrinter {
    private final FlatJaxpr flat;
    private final Map<Var, String> names = new IdentityHashMap<>();

    UnitPrinter(FlatJaxpr flat) {
        this.flat = flat;
        for (Var v : flat.inputs) {
            name(v);
        }
    }

    String signature() {
        List<String> params = new ArrayList<>();
        for (Var v : flat.inputs) {
            params.add(name(v) + ":" + v.aval().strShort(true));
        }
        return "(" + String.join(", ", params) + ")";
    }

    String step(Step s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.results().length; i++) {
            Var v = s.results()[i];
            sb.append(i > 0 ? " " : "").append(v.isDrop() ? "_" : name(v)).append(':').append(v.aval().strShort(true));
        }
        sb.append(" = ").append(s.name());
        List<String> params = new ArrayList<>();
        for (String key : s.params().sortedKeys()) {
            Object value = s.params().get(key);
            if (!(value instanceof ClosedJaxpr)) {
                params.add(key + "=" + PyObjects.str(value));
            }
        }
        if (!params.isEmpty()) {
            sb.append('[').append(String.join(" ", params)).append(']');
        }
        for (Object o : s.operands()) {
            sb.append(' ').append(operand(o));
        }
        return sb.toString();
    }

    String names(List<Var> vars) {
        List<String> out = new ArrayList<>();
        for (Var v : vars) {
            out.add(name(v));
        }
        return out.isEmpty() ? "nothing" : String.join(", ", out);
    }

    String outputs() {
        List<String> out = new ArrayList<>();
        for (Object o : flat.outputs) {
            out.add(operand(o));
        }
        return "(" + String.join(", ", out) + ")";
    }

    private String operand(Object o) {
        if (o instanceof Var v) {
            return name(v);
        }
        NDArray a = (NDArray) o;
        return a.ndim() == 0 ? ArrayPrinter.str(a) + ":" + a.dtype().shortName() + "[]" : "const:" + a.dtype().shortName() + shapeText(a.shape());
    }

    private String name(Var v) {
        return names.computeIfAbsent(v, k -> alphabetic(names.size()));
    }

    private static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "," : "").append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** n in base 26 with digits a–z, as jaxprs name variables. */
    private static String alphabetic(int n) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest != 0);
        return s.toString();
    }
}
