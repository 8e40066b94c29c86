package org.communa.module.api.data;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows as JSON, for exports (a participant's data, a component's records): each row an object of its columns,
 * numbers as numbers, times in ISO 8601, the columns named as JSON read as JSON. @since 1.6
 */
public final class RowsJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private RowsJson() {
    }

    /** The rows as an array of objects; {@code jsonColumns}: the json/jsonb columns, kept as JSON rather than text. */
    public static JsonArray array(List<Row> rows, String... jsonColumns) {
        Set<String> json = Set.of(jsonColumns);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Row row : rows) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            for (Map.Entry<String, Object> column : row.values().entrySet()) {
                Object value = column.getValue();
                String name = column.getKey();
                if (value == null) {
                    object.addNull(name);
                } else if (json.contains(name)) {
                    try (var reader = JSON.createReader(new StringReader(value.toString()))) {
                        object.add(name, reader.readValue());
                    }
                } else if (value instanceof Long || value instanceof Integer) {
                    object.add(name, ((Number) value).longValue());
                } else if (value instanceof BigDecimal decimal) {
                    object.add(name, decimal);
                } else if (value instanceof Boolean bool) {
                    object.add(name, bool);
                } else {
                    object.add(name, value.toString());
                }
            }
            array.add(object);
        }
        return array.build();
    }
}
