package org.communa.server.federation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading ActivityStreams JSON as it arrives, without a JSON-LD processor: a reference is a string or an
 * object with an id; a type is a string or an array of them; addressing is one value or an array.
 */
final class ActivityJson {

    private ActivityJson() {
    }

    static String id(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonObject object && object.get("id") instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonArray array && array.size() == 1) {
            return id(array.get(0));
        }
        return null;
    }

    static List<String> types(JsonObject object) {
        JsonValue type = object.get("type");
        List<String> types = new ArrayList<>();
        if (type instanceof JsonString text) {
            types.add(text.getString());
        } else if (type instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString text) {
                    types.add(text.getString());
                }
            });
        }
        return types;
    }

    static boolean is(JsonObject object, String type) {
        return types(object).contains(type) || types(object).contains("as:" + type);
    }

    static List<String> ids(JsonValue value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(item -> {
                String id = id(item);
                if (id != null) {
                    ids.add(id);
                }
            });
        } else if (id(value) != null) {
            ids.add(id(value));
        }
        return ids;
    }

    static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    static String textOrEmpty(JsonObject object, String name) {
        String text = text(object, name);
        return text == null ? "" : text;
    }

    /** A field's text with any markup reduced to plain text; empty when the field is missing or not text. */
    static String plainText(JsonObject object, String name) {
        return ActivityText.toPlainText(textOrEmpty(object, name));
    }
}
