/**
 * How Jaxl values look to other languages through Truffle interop: module scopes (the
 * bindings), member lists. May import runtime and array; never the parser or nodes.
 */
package org.jaxl.interop;
