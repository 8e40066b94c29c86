/** Participants' accounts in one organisation: sign-up, confirmation, sessions, password reset, roles, erasure. */
package org.communa.server.accounts;
