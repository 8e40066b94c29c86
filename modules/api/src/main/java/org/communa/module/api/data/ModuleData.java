package org.communa.module.api.data;

/**
 * Transactions on the module's tables for the organisation of the request. Each call is one
 * transaction: committed when the work returns, rolled back when it throws.
 */
public interface ModuleData {

    /** A read-only transaction: PostgreSQL refuses any write inside it. */
    <T> T read(SqlWork<T> work);

    <T> T write(SqlWork<T> work);
}
