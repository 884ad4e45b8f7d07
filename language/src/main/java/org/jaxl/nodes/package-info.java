/**
 * The AST interpreter's base classes: statement and expression nodes with source sections and
 * standard tags, and the root nodes of modules and functions. Subpackages hold the node kinds.
 */
package org.jaxl.nodes;
