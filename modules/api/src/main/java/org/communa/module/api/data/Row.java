package org.communa.module.api.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One result row, by column label. Values are plain Java: text as String, uuid as UUID, integers as
 * Long, numeric as BigDecimal, timestamptz as OffsetDateTime, json/jsonb as their JSON text.
 */
public final class Row {

    private final Map<String, Object> values;

    public Row(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Map<String, Object> values() { return values; }

    public Object get(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column + " in this row; columns: " + values.keySet());
        }
        return values.get(column);
    }

    public String string(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public UUID uuid(String column) {
        return (UUID) get(column);
    }

    public Long integer(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public BigDecimal decimal(String column) {
        Object value = get(column);
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    public OffsetDateTime time(String column) {
        return (OffsetDateTime) get(column);
    }
}
