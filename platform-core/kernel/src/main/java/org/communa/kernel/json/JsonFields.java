package org.communa.kernel.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;

/** Typed reads of request bodies: a missing or mistyped field is a 400 naming the field. */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObject body(JsonObject json) {
        if (json == null) {
            throw Problem.badRequest("a JSON object is required as the request body");
        }
        return json;
    }

    public static String optionalString(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw Problem.badRequest(field + " must be a string");
        }
        return text.getString();
    }

    public static String requiredString(JsonObject json, String field) {
        String value = optionalString(json, field);
        if (value == null || value.isBlank()) {
            throw Problem.badRequest(field + " is required");
        }
        return value;
    }

    public static List<String> optionalStrings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(v -> v instanceof JsonString)) {
            throw Problem.badRequest(field + " must be an array of strings");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    public static Integer optionalInt(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw Problem.badRequest(field + " must be an integer");
        }
        return number.intValueExact();
    }

    public static Boolean optionalBoolean(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw Problem.badRequest(field + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** A translated text: an object of locale to string, e.g. {"fr": "Budget", "en": "Budget"}. */
    public static Map<String, String> optionalTranslations(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object) || !object.values().stream().allMatch(v -> v instanceof JsonString)) {
            throw Problem.badRequest(field + " must be an object of locale to text, e.g. {\"fr\": \"...\"}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((locale, text) -> texts.put(locale, ((JsonString) text).getString()));
        return texts;
    }

    public static Map<String, String> requiredTranslations(JsonObject json, String field) {
        Map<String, String> texts = optionalTranslations(json, field);
        if (texts == null || texts.isEmpty() || texts.values().stream().allMatch(String::isBlank)) {
            throw Problem.badRequest(field + " is required in at least one language");
        }
        return texts;
    }
}
