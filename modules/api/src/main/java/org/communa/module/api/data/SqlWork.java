package org.communa.module.api.data;

/** The statements of one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Sql sql);
}
