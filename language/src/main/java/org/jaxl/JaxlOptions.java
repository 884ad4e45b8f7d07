package org.jaxl;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/** Jaxl's context options ({@code --jaxl.Name=value} on the launcher, {@code jaxl.Name} for embedders). */
@Option.Group(JaxlLanguage.ID)
public final class JaxlOptions {
    @Option(help = "Run every primitive applied outside jit through its lowered jit unit, as JAX's apply_primitive does, instead of the eager kernel " +
                    "(a check that the lowering agrees with the kernels).", category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> CompiledDispatch = new OptionKey<>(false);

    private JaxlOptions() {
    }
}
