/**
 * Source text to Truffle nodes: the lexer (INDENT/DEDENT, f-strings), the recursive-descent
 * parser to an immutable syntax tree, scope analysis, and the node builder. Syntax errors carry
 * CPython's messages and a caret range. Imports nodes and runtime; nothing imports the parser
 * but the language class and the builtin signature reader.
 */
package org.jaxl.parser;
