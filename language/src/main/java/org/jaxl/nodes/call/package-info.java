/**
 * Calls: argument evaluation with {@code *}/{@code **} expansion and the inline-cached dispatch
 * to functions, built-ins, bound methods and jitted functions.
 */
package org.jaxl.nodes.call;
