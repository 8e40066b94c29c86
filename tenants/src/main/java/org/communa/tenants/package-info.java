/**
 * The organisation registry: provisioning, host resolution, suspension, deletion, export and import.
 * Cross-tenant work here runs under the audited system role.
 */
package org.communa.tenants;
