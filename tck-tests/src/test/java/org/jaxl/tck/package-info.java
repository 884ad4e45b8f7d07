/**
 * Jaxl as a polyglot citizen, tested from Java through {@code org.graalvm.polyglot} only: the
 * runtime it runs on, embedding, and (to come) the interop contracts the Truffle TCK checks.
 */
package org.jaxl.tck;
