/** Tests of jit cache entries as compilation units. */
package org.jaxl.jit;
