/**
 * PostgreSQL access: bootstrap and migrations, the application and system pools, and the two kinds of
 * transaction (one tenant under row-level security, or audited cross-tenant system work).
 */
package org.communa.kernel.persistence;
