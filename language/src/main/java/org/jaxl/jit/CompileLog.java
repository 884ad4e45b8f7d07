package org.jaxl.jit;

import java.util.List;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PyFormat;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code jax_log_compiles}: the messages JAX 0.4.30 logs at WARNING level while it traces and
 * compiles ({@code pjit._create_pjit_jaxpr}, {@code pxla.lower_sharding_computation},
 * {@code dispatch.log_elapsed_time}). With no logging configured, Python's last-resort handler
 * prints the bare message on stderr, which is what Jaxl prints.
 */
public final class CompileLog {
    private CompileLog() {
    }

    @TruffleBoundary
    public static void traced(JaxlContext context, String name, long startNanos) {
        if (context.getConfig().logCompiles()) {
            log(context, "Finished tracing + transforming " + name + " for pjit in " + seconds(startNanos) + " sec");
        }
    }

    /** The three messages of compiling an executable for {@code name}. */
    @TruffleBoundary
    public static void compiled(JaxlContext context, String name, List<ShapedArray> avals) {
        if (!context.getConfig().logCompiles()) {
            return;
        }
        long start = System.nanoTime();
        StringBuilder mapping = new StringBuilder("(");
        for (int i = 0; i < avals.size(); i++) {
            if (i > 0) {
                mapping.append(", ");
            }
            mapping.append("UnspecifiedValue");
        }
        if (avals.size() == 1) {
            mapping.append(',');
        }
        mapping.append(')');
        log(context, "Compiling " + name + " with global shapes and types " + avals + ". Argument mapping: " + mapping + ".");
        log(context, "Finished jaxpr to MLIR module conversion jit(" + name + ") in " + seconds(start) + " sec");
        log(context, "Finished XLA compilation of jit(" + name + ") in " + seconds(start) + " sec");
    }

    @TruffleBoundary
    static void log(JaxlContext context, String message) {
        context.flush();
        context.err().println(message);
        context.err().flush();
    }

    private static String seconds(long startNanos) {
        return PyFormat.reprFloat((System.nanoTime() - startNanos) / 1e9);
    }
}
