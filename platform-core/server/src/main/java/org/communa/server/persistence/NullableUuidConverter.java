package org.communa.server.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For optional uuid columns (parent, scope): EclipseLink 4.0.7's built-in UUID conversion throws on
 * SQL NULL, so these columns convert here.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof UUID uuid ? uuid : UUID.fromString(column.toString());
    }
}
