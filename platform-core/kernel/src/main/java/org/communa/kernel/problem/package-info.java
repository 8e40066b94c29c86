/** Errors that reach the caller with a status and a precise detail. */
package org.communa.kernel.problem;
