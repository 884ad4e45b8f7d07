/**
 * Statements without control flow: blocks, expression statements, assignments with
 * unpacking, augmented assignment, del and import.
 */
package org.jaxl.nodes.statement;
