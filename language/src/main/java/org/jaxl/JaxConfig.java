package org.jaxl;

/** {@code jax.config}: the options a Jaxl program can switch with {@code jax.config.update}. */
public final class JaxConfig {
    private boolean enableX64;
    private boolean logCompiles;
    private boolean explainCacheMisses;
    private boolean disableJit;
    private boolean checkTracerLeaks;

    public boolean enableX64() {
        return enableX64;
    }

    public void setEnableX64(boolean v) {
        this.enableX64 = v;
    }

    public boolean logCompiles() {
        return logCompiles;
    }

    public void setLogCompiles(boolean v) {
        this.logCompiles = v;
    }

    public boolean explainCacheMisses() {
        return explainCacheMisses;
    }

    public void setExplainCacheMisses(boolean v) {
        this.explainCacheMisses = v;
    }

    public boolean disableJit() {
        return disableJit;
    }

    public void setDisableJit(boolean v) {
        this.disableJit = v;
    }

    public boolean checkTracerLeaks() {
        return checkTracerLeaks;
    }

    public void setCheckTracerLeaks(boolean v) {
        this.checkTracerLeaks = v;
    }
}
