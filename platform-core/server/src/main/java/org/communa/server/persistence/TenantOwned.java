package org.communa.server.persistence;

import jakarta.persistence.MappedSuperclass;
import org.communa.kernel.persistence.Database;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity: EclipseLink adds "tenant_id = ?" to each query and sets it on
 * insert, from the EntityManager's tenant. Row-level security in PostgreSQL enforces the same rule
 * independently, so either layer alone would keep tenants apart.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Database.TENANT_PROPERTY)
public abstract class TenantOwned {
}
