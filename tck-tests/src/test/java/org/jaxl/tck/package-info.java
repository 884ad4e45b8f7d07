/**
 * Jaxl as a polyglot citizen, tested from Java through {@code org.graalvm.polyglot}: the runtime
 * it runs on, interop message by message, the conformance suite written from the Truffle TCK's
 * contracts, sandboxing, embedding from Java, JavaScript and Python (the README's snippets), and
 * Truffle's tools, which alone reach past the polyglot API, to the Debugger and CPU sampler APIs.
 */
package org.jaxl.tck;
