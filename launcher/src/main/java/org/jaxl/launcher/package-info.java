/**
 * The {@code jaxl} command line: argument handling, the interactive shell and CPython-style error
 * reports. Uses only {@code org.graalvm.polyglot}, GraalVM's launcher base and JLine.
 */
package org.jaxl.launcher;
