/**
 * Control flow: if, while and for loops (Truffle LoopNodes), break/continue/return, try/except,
 * raise, assert and with.
 */
package org.jaxl.nodes.controlflow;
