/**
 * An organisation's verification methods: the confirmed e-mail every account holds, and a census the
 * organisation uploads (SHA-256 of identifiers it knows) that participants prove once; per component, the
 * verification each module action requires, which the one permission service then checks.
 */
package org.communa.server.verifications;
