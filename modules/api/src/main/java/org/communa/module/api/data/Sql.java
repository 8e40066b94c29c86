package org.communa.module.api.data;

import java.util.List;
import java.util.Optional;

/**
 * Statements with positional parameters ({@code ?}): values are always bound, never spliced into the
 * text. Parameters may be String, UUID, Integer, Long, Boolean, BigDecimal, Double (since data 1.3), OffsetDateTime or null; cast
 * in SQL where the column needs it ({@code ?::jsonb}). Columns of type tenant_id fill themselves: module
 * tables declare {@code tenant_id uuid not null default communa_current_tenant()}.
 */
public interface Sql {

    List<Row> query(String statement, Object... parameters);

    /** The first row, if any. */
    Optional<Row> first(String statement, Object... parameters);

    /** Number of rows written. */
    int update(String statement, Object... parameters);

    /**
     * Writes who did what to which resource in the organisation's action log, in this transaction: the
     * entry commits or rolls back with the change it describes. Action and resource type are snake_case
     * (e.g. "publish", "page").
     */
    void recordAction(String action, String resourceType, String resourceId);
}
