/**
 * The golden-test runner: Jaxl programs with their expected output, run on the interpreter and
 * with immediate compilation. Uses only the polyglot API, as the launcher does.
 */
package org.jaxl.golden;
