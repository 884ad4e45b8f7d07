/**
 * Expression nodes: literals, operators specialized on longs/doubles with a generic Python
 * path, comparisons, boolean logic, containers, attribute and item access, f-strings and
 * comprehensions.
 */
package org.jaxl.nodes.expression;
