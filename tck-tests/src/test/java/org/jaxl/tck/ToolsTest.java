package org.jaxl.tck;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;
import com.oracle.truffle.tools.profiler.CPUSampler;
import com.oracle.truffle.tools.profiler.CPUSamplerData;
import com.oracle.truffle.tools.profiler.ProfilerNode;

/**
 * Truffle's tools on Jaxl code, with nothing Jaxl-specific written for them: the debugger stops at
 * a line of a {@code .jaxl} file, steps and reads locals (arrays included), and the CPU sampler
 * names Jaxl functions and their lines.
 */
class ToolsTest {

    private static final String SCALE = """
                    import jax.numpy as jnp

                    def scale(x, factor):
                        y = x * factor
                        z = y + 1
                        return z

                    result = scale(jnp.arange(3.0), 2.0)
                    """;

    @Test
    void debuggerStopsStepsAndReadsLocals(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("scale.jaxl"), SCALE);
        Source source = Source.newBuilder("jaxl", file.toFile()).build();
        List<String> seen = new ArrayList<>();
        try (Context context = Context.create("jaxl")) {
            Debugger debugger = Debugger.find(context.getEngine());
            try (DebuggerSession session = debugger.startSession(event -> onSuspend(event, seen))) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(4).build());
                context.eval(source);
            }
            assertEquals("Array([1., 3., 5.], dtype=float32)", context.getBindings("jaxl").getMember("result").toString());
        }
        assertEquals(List.of(
                        "line 4 in scale: x = Array([0., 1., 2.], dtype=float32), factor = 2.0",
                        "line 5 in scale: y = Array([0., 2., 4.], dtype=float32), y[2] = 4.0"), seen);
    }

    private static void onSuspend(SuspendedEvent event, List<String> seen) {
        int line = event.getSourceSection().getStartLine();
        DebugScope scope = event.getTopStackFrame().getScope();
        String function = event.getTopStackFrame().getName();
        if (line == 4) {
            seen.add("line 4 in " + function + ": x = " + scope.getDeclaredValue("x").toDisplayString() + ", factor = " + scope.getDeclaredValue("factor").toDisplayString());
            event.prepareStepOver(1);
        } else if (line == 5) {
            DebugValue y = scope.getDeclaredValue("y");
            assertTrue(y.isArray(), "an array local is an array to the debugger");
            seen.add("line 5 in " + function + ": y = " + y.toDisplayString() + ", y[2] = " + y.getArray().get(2).toDisplayString());
            event.prepareContinue();
        }
    }

    @Test
    void cpuSamplerNamesJaxlFunctionsAndLines() throws Exception {
        String program = """
                        def inner(n):
                            total = 0
                            for i in range(n):
                                total += i * i
                            return total

                        def outer():
                            s = 0
                            for k in range(60):
                                s += inner(20000)
                            return s

                        outer()
                        """;
        Source source = Source.newBuilder("jaxl", program, "busy.jaxl").build();
        try (Context context = Context.newBuilder("jaxl").out(new ByteArrayOutputStream()).build()) {
            CPUSampler sampler = CPUSampler.find(context.getEngine());
            sampler.setPeriod(1);
            sampler.setCollecting(true);
            context.eval(source);
            sampler.setCollecting(false);
            List<String> names = new ArrayList<>();
            for (CPUSamplerData data : sampler.getDataList()) {
                for (var threadEntry : data.getThreadData().entrySet()) {
                    collect(threadEntry.getValue(), names);
                }
            }
            assertTrue(names.contains("inner:1"), names.toString());
            assertTrue(names.contains("outer:7"), names.toString());
        }
    }

    private static void collect(Collection<ProfilerNode<CPUSampler.Payload>> nodes, List<String> names) {
        for (ProfilerNode<CPUSampler.Payload> node : nodes) {
            if (node.getSourceSection() == null) {
                continue;
            }
            names.add(node.getRootName() + ":" + node.getSourceSection().getStartLine());
            collect(node.getChildren(), names);
        }
    }
}
