package org.communa.server.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz read by a native query, whatever type the driver chose for it. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static OffsetDateTime of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
