package org.communa.server.persistence;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a translated text (locale to text) as a jsonb object; written as text, which the pool sends untyped. */
@Converter
public class TranslationsConverter implements AttributeConverter<Map<String, String>, Object> {

    @Override
    public Object convertToDatabaseColumn(Map<String, String> texts) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (texts != null) {
            texts.forEach(json::add);
        }
        return json.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(Object column) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (column != null) {
            // PostgreSQL returns jsonb as a PGobject whose text is the JSON
            JsonObject json = JSON.createReader(new StringReader(column.toString())).readObject();
            json.forEach((locale, text) -> texts.put(locale, ((JsonString) text).getString()));
        }
        return texts;
    }

    public static JsonObject toJson(Map<String, String> texts) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        texts.forEach(json::add);
        return json.build();
    }
}
