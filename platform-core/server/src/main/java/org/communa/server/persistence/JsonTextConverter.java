package org.communa.server.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A jsonb column held as its JSON text (PostgreSQL returns a PGobject; the pool sends text untyped). */
@Converter
public class JsonTextConverter implements AttributeConverter<String, Object> {

    @Override
    public Object convertToDatabaseColumn(String json) {
        return json == null ? "{}" : json;
    }

    @Override
    public String convertToEntityAttribute(Object column) {
        return column == null ? "{}" : column.toString();
    }
}
