package org.jaxl.trace;

import static org.jaxl.trace.PrettyPrinter.brk;
import static org.jaxl.trace.PrettyPrinter.concat;
import static org.jaxl.trace.PrettyPrinter.group;
import static org.jaxl.trace.PrettyPrinter.join;
import static org.jaxl.trace.PrettyPrinter.keyword;
import static org.jaxl.trace.PrettyPrinter.nest;
import static org.jaxl.trace.PrettyPrinter.nil;
import static org.jaxl.trace.PrettyPrinter.text;
import static org.jaxl.trace.PrettyPrinter.typeAnnotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jaxl.array.ArrayPrinter;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.runtime.PComplex;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyFormat;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.PrettyPrinter.Doc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Prints jaxprs exactly as JAX 0.4.30 does: a port of {@code pp_toplevel_jaxpr} and everything
 * under it in {@code jax/_src/core.py} ("Jaxpr printed representation"), laid out by
 * {@link PrettyPrinter}.
 *
 * <p>An instance is JAX's {@code JaxprPpContext}: it names variables {@code a}…{@code z},
 * {@code ba}… in the order they are first printed, across the whole text including nested jaxprs,
 * skipping the names of jaxprs hoisted to the top ({@code let f = { … } in}).
 *
 * <p>The custom equation printers JAX 0.4.30 registers in {@code core.pp_eqn_rules} for primitives
 * Jaxl has live here, keyed by primitive name, in {@link #ppEqn}: {@code pjit}
 * ({@code _pjit_pp_rule}, pjit.py) and {@code dot_general} ({@code _dot_general_pp_rule},
 * lax/lax.py). Every other primitive prints all its parameters, sorted: 0.4.30 has no rule for
 * {@code cond} or {@code while}, and leaves the rules it wrote for {@code convert_element_type},
 * {@code scan}, {@code broadcast_in_dim} and {@code iota} unregistered (commented out).
 */
public final class JaxprPrinter {
    /** JAX's name for a hoisted jaxpr that no equation's {@code name=} parameter names. */
    private static final String DEFAULT_JAXPR_NAME = "jaxpr";

    private final Map<Var, String> varNames = new IdentityHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<Jaxpr, String> topLevelJaxprs = new IdentityHashMap<>();
    private int nextNameIndex;

    private JaxprPrinter() {
    }

    /** The text {@code str(jaxpr)} / {@code str(closed_jaxpr)} / {@code print(jaxpr)} gives. */
    @TruffleBoundary
    public static String print(Jaxpr jaxpr) {
        return PrettyPrinter.format(new JaxprPrinter().ppTopLevel(jaxpr));
    }

    /**
     * One equation on its own with fresh names, as error messages show it after
     * {@code "  operation "} ({@code str(core.pp_eqn(eqn, JaxprPpContext(), …))} in
     * partial_eval.py): an equation with no operands keeps its trailing space.
     */
    @TruffleBoundary
    public static String printEqn(JaxprEqn eqn) {
        return PrettyPrinter.format(new JaxprPrinter().ppEqn(eqn));
    }

    /** {@code repr(eqn)} ({@code JaxprEqn.__repr__}): {@link #printEqn} without trailing whitespace. */
    @TruffleBoundary
    public static String reprEqn(JaxprEqn eqn) {
        return printEqn(eqn).stripTrailing();
    }

    /**
     * {@code pp_toplevel_jaxpr}: jaxprs that occur more than once (counted breadth first through
     * the jaxprs in equations' parameters) are printed once, before the jaxpr, as
     * {@code let NAME = { … } in}, and referred to by name; NAME is the {@code name=} parameter of
     * the first equation that holds the jaxpr, without angle brackets, made unique with a number.
     */
    private Doc ppTopLevel(Jaxpr toPrint) {
        // Python's Counter keyed by identity; firstSeen keeps its insertion order.
        Map<Jaxpr, Integer> counts = new IdentityHashMap<>();
        List<Jaxpr> firstSeen = new ArrayList<>();
        Map<Jaxpr, String> names = new IdentityHashMap<>();
        ArrayDeque<Jaxpr> queue = new ArrayDeque<>();
        queue.add(toPrint);
        while (!queue.isEmpty()) {
            Jaxpr jaxpr = queue.poll();
            if (counts.merge(jaxpr, 1, Integer::sum) == 1) {
                firstSeen.add(jaxpr);
            }
            for (JaxprEqn eqn : jaxpr.eqns()) {
                String name = eqn.params().getOrNull("name") instanceof String s ? stripAngleBrackets(s) : null;
                for (Jaxpr sub : jaxprsInParams(eqn.params())) {
                    queue.add(sub);
                    if (name != null) {
                        names.putIfAbsent(sub, name);
                    }
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        for (Jaxpr jaxpr : firstSeen) {
            if (counts.get(jaxpr) == 1) {
                continue;
            }
            String name = names.getOrDefault(jaxpr, DEFAULT_JAXPR_NAME);
            int count = nameCounts.getOrDefault(name, 0);
            nameCounts.merge(name, 1, Integer::sum);
            if (count > 0) {
                name += count;
                nameCounts.merge(name, 1, Integer::sum);
            }
            docs.add(concat(text("let " + name + " = "), ppJaxpr(jaxpr), text(" in"), brk()));
            usedNames.add(name);
            topLevelJaxprs.put(jaxpr, name);
        }
        docs.add(ppJaxpr(toPrint));
        return concat(docs);
    }

    /** Python's {@code name.strip("<>")}: {@code <lambda>} → {@code lambda}. */
    private static String stripAngleBrackets(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isAngleBracket(name.charAt(start))) {
            start++;
        }
        while (end > start && isAngleBracket(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isAngleBracket(char c) {
        return c == '<' || c == '>';
    }

    /** {@code jaxprs_in_params}: the jaxprs held by parameters, directly or in tuples, in parameter order. */
    private static List<Jaxpr> jaxprsInParams(Params params) {
        List<Jaxpr> out = new ArrayList<>();
        for (Object value : params.asMap().values()) {
            Object[] values = value instanceof PTuple t ? t.items() : new Object[]{value};
            for (Object v : values) {
                Jaxpr jaxpr = asJaxpr(v);
                if (jaxpr != null) {
                    out.add(jaxpr);
                }
            }
        }
        return out;
    }

    /** The jaxpr a parameter value is or closes over; null for other values. */
    private static Jaxpr asJaxpr(Object value) {
        if (value instanceof Jaxpr j) {
            return j;
        }
        return value instanceof ClosedJaxpr c ? c.jaxpr() : null;
    }

    /** {@code pp_jaxpr}: a hoisted jaxpr's name, or the jaxpr itself. */
    private Doc ppJaxpr(Jaxpr jaxpr) {
        String name = topLevelJaxprs.get(jaxpr);
        return name != null ? text(name) : ppJaxprSkeleton(jaxpr);
    }

    /**
     * {@code pp_jaxpr_skeleton}: {@code { lambda CONSTVARS; INVARS. let EQNS in (OUTS) }}, on one
     * line or with equations indented 4 and {@code in} 2. Parts are built in JAX's order, which
     * is the order names are given out.
     */
    private Doc ppJaxprSkeleton(Jaxpr jaxpr) {
        Doc constvars = ppVars(jaxpr.constvars(), "", true);
        Doc invars = ppVars(jaxpr.invars(), "", true);
        List<Doc> eqns = new ArrayList<>();
        for (JaxprEqn eqn : jaxpr.eqns()) {
            eqns.add(ppEqn(eqn));
        }
        Doc eqnsDoc = join(brk("; "), eqns);
        Doc outvars = concat(text("("), ppVars(jaxpr.outvars(), ",", false), text(jaxpr.outvars().size() == 1 ? ",)" : ")"));
        return concat(group(nest(2, concat(
                        text("{ "), keyword(text("lambda ")),
                        constvars, text("; "), invars,
                        text(". "), keyword(text("let")),
                        nest(2, concat(brk(), eqnsDoc)), brk(),
                        keyword(text("in ")), outvars))),
                        text(" }"));
    }

    /** {@code pp_vars}: names (with {@code :f32[3]} types for binders) that break onto lines indented 2 when too long. */
    private Doc ppVars(List<? extends Atom> atoms, String separator, boolean printShapes) {
        List<Doc> docs = new ArrayList<>(atoms.size());
        for (Atom atom : atoms) {
            Doc name = text(ppVar(atom));
            docs.add(printShapes ? concat(name, typeAnnotation(text(":" + atom.aval().strShort(true)))) : name);
        }
        return nest(2, group(join(concat(text(separator), group(brk())), docs)));
    }

    /** {@code pp_var}: a literal's value, {@code _} for a dropped output, else the variable's name and suffix. */
    private String ppVar(Atom atom) {
        return switch (atom) {
            case Literal lit -> literalText(lit.value());
            case Var v when v.isDrop() -> "_";
            case Var v -> varNames.computeIfAbsent(v, k -> freshName()) + v.suffix();
        };
    }

    /** The next of a, b, …, z, ba, bb, … not taken by a hoisted jaxpr ({@code JaxprPpContext}). */
    private String freshName() {
        while (true) {
            String name = encodeDigitsAlphabetic(nextNameIndex++);
            if (!usedNames.contains(name)) {
                return name;
            }
        }
    }

    /** {@code _encode_digits_alphabetic}: n in base 26 with digits a–z (so 26 is {@code ba}). */
    private static String encodeDigitsAlphabetic(int n) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest != 0);
        return s.toString();
    }

    /**
     * A literal prints as {@code f'{value}'} ({@code Literal.__repr__}). For NumPy scalars and
     * 0-d arrays that is NumPy's {@code __format__}, which formats floating values as the Python
     * float they widen to ({@code np.float32(0.1)} prints {@code 0.10000000149011612}), integers
     * and booleans as Python's, and other types (ml_dtypes' bfloat16) as their {@code str}.
     */
    private static String literalText(Object value) {
        if (!(value instanceof NDArray a)) {
            return PyObjects.str(value);
        }
        if (a.ndim() != 0) {
            return ArrayPrinter.str(a);
        }
        DType dtype = a.dtype();
        return switch (dtype.kind()) {
            case BOOL -> a.getBoolean(0) ? "True" : "False";
            case SIGNED -> Long.toString(a.getLong(0));
            case UNSIGNED -> Long.toUnsignedString(a.getLong(0));
            case FLOAT -> dtype == DType.BFLOAT16 ? ArrayPrinter.str(a) : PyFormat.reprFloat(a.getDouble(0));
            case COMPLEX -> PyObjects.repr(new PComplex(a.getDouble(0), a.getImag(0)));
        };
    }

    /** {@code pp_eqn}: the primitive's custom rule ({@code pp_eqn_rules}) or the default printing. */
    private Doc ppEqn(JaxprEqn eqn) {
        return switch (eqn.primitive().name()) {
            case "pjit" -> ppPjitEqn(eqn);
            case "dot_general" -> ppDotGeneralEqn(eqn);
            default -> ppEqnWithParams(eqn, eqn.params().asMap(), eqn.params().sortedKeys());
        };
    }

    /**
     * {@code _pjit_pp_rule}: {@code name} first, then the rest sorted, hiding parameters at their
     * defaults: {@code inline}, {@code donated_invars} when nothing is donated, {@code keep_unused}
     * when false. (Jaxl's pjit has no sharding, layout or resource-env parameters, which JAX hides
     * when unspecified.)
     */
    private Doc ppPjitEqn(JaxprEqn eqn) {
        Map<String, Object> params = eqn.params().asMap();
        List<String> keys = new ArrayList<>();
        for (String key : eqn.params().sortedKeys()) {
            boolean hidden = switch (key) {
                case "name", "inline" -> true;
                case "donated_invars" -> !anyTrue(params.get(key));
                case "keep_unused" -> !PyObjects.isTrue(params.get(key));
                default -> false;
            };
            if (!hidden) {
                keys.add(key);
            }
        }
        keys.addFirst("name");
        return ppEqnWithParams(eqn, params, keys);
    }

    private static boolean anyTrue(Object sequence) {
        for (Object item : PyObjects.toArray(sequence, null)) {
            if (PyObjects.isTrue(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code _dot_general_pp_rule}: parameters that are None ({@code precision},
     * {@code preferred_element_type}) are hidden, and {@code dimension_numbers} prints with lists
     * to be shorter: {@code (([1], [0]), ([], []))}.
     */
    private Doc ppDotGeneralEqn(JaxprEqn eqn) {
        Map<String, Object> params = new LinkedHashMap<>();
        eqn.params().asMap().forEach((key, value) -> {
            if (value != PNone.NONE) {
                params.put(key, value);
            }
        });
        Object dimensionNumbers = params.get("dimension_numbers");
        if (dimensionNumbers != null) {
            Object[] contractingAndBatch = PyObjects.toArray(dimensionNumbers, null);
            Object[] contracting = PyObjects.toArray(contractingAndBatch[0], null);
            Object[] batch = PyObjects.toArray(contractingAndBatch[1], null);
            params.put("dimension_numbers", PTuple.of(PTuple.of(asList(contracting[0]), asList(contracting[1])),
                            PTuple.of(asList(batch[0]), asList(batch[1]))));
        }
        return ppEqnWithParams(eqn, params, params.keySet().stream().sorted().toList());
    }

    /** Python's {@code list(seq)}. */
    private static PList asList(Object sequence) {
        return new PList(PyObjects.toArray(sequence, null).clone());
    }

    /**
     * {@code _pp_eqn}: {@code outs = prim[k=v …] ins}; without outputs just {@code prim[…] ins}.
     * The parameters print in the order of {@code keys}.
     */
    private Doc ppEqnWithParams(JaxprEqn eqn, Map<String, Object> params, List<String> keys) {
        Doc lhs = ppVars(eqn.outvars(), "", true);
        Doc primitive = text(eqn.primitive().name());
        Doc kvPairs = ppKvPairs(params, keys);
        Doc operands = concat(text(" "), ppVars(eqn.invars(), "", false));
        if (eqn.outvars().isEmpty()) {
            return concat(primitive, kvPairs, operands);
        }
        return concat(lhs, text(" = "), primitive, kvPairs, operands);
    }

    /** {@code pp_kv_pairs}: {@code [k=v k=v]}, or one pair a line between {@code [} and {@code ]} when too long. */
    private Doc ppKvPairs(Map<String, Object> params, List<String> keys) {
        if (keys.isEmpty()) {
            return nil();
        }
        List<Doc> pairs = new ArrayList<>(keys.size());
        for (String key : keys) {
            pairs.add(concat(text(key + "="), ppParamValue(params.get(key))));
        }
        return group(concat(nest(2, concat(text("["), brk(""), join(brk(), pairs))), brk(""), text("]")));
    }

    /** {@code pp_kv_pair}'s value: jaxprs and tuples of jaxprs print as jaxprs, anything else as Python's {@code str}. */
    private Doc ppParamValue(Object value) {
        if (value instanceof PTuple t && allJaxprs(t)) {
            return ppJaxprs(t);
        }
        Jaxpr jaxpr = asJaxpr(value);
        return jaxpr != null ? ppJaxpr(jaxpr) : text(PyObjects.str(value));
    }

    private static boolean allJaxprs(PTuple tuple) {
        for (Object item : tuple.items()) {
            if (asJaxpr(item) == null) {
                return false;
            }
        }
        return true;
    }

    /** {@code pp_jaxprs}: a tuple of jaxprs ({@code cond}'s {@code branches}), one a line when they don't fit. */
    private Doc ppJaxprs(PTuple jaxprs) {
        List<Doc> docs = new ArrayList<>(jaxprs.size());
        for (Object item : jaxprs.items()) {
            docs.add(ppJaxpr(asJaxpr(item)));
        }
        return group(concat(nest(2, concat(text("("), brk(""), join(brk(), docs))), brk(""), text(")")));
    }
}
