package org.jaxl.trace;

import java.util.List;

/**
 * What a trace knows about the function it traces, for error messages: JAX's
 * {@code func_src_info} ({@code f at file.jaxl:3}), what the trace is for ({@code jit},
 * {@code make_jaxpr}…), and a name for each flattened argument ({@code x}, {@code p['w']}).
 */
public record DebugInfo(String funcSrcInfo, String tracedFor, List<String> argNames) {
}
