/** Password hashing and secret tokens. */
package org.communa.kernel.security;
