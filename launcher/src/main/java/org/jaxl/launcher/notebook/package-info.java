/**
 * Running Jupytext percent-format notebooks as IPython does: cell splitting, the {@code %timeit}
 * and {@code %time} magics and IPython's way of writing durations. Uses only
 * {@code org.graalvm.polyglot}.
 */
package org.jaxl.launcher.notebook;
