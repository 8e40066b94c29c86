package org.communa.server.openapi;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What Payara 6's OpenAPI generator leaves in the document that OpenAPI 3.0 (and swagger-parser) refuse,
 * repaired once when the document is read: a top-level "endpoints" list of its own, the same tag listed
 * once per resource that names it, operation ids taken from Java method names and so repeated across
 * resources (each repeated one gets its method and path added), array schemas without "items" (byte
 * arrays, JSON arrays), which get an open "items", and JAX-RS patterns left in path templates
 * ({kind: organisation|spaces/[a-z0-9-]+}), which move to the path parameter's schema.
 */
final class PayaraDocumentRepair {

    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components", "security", "tags",
            "externalDocs");

    private PayaraDocumentRepair() {
    }

    static JsonObject repaired(JsonObject document) {
        JsonObjectBuilder repaired = JSON.createObjectBuilder();
        document.forEach((key, value) -> {
            if (TOP_LEVEL.contains(key) || key.startsWith("x-")) {
                repaired.add(key, key.equals("tags") ? uniqueTags(value.asJsonArray())
                        : key.equals("paths") ? uniqueOperationIds(value.asJsonObject()) : value);
            }
        });
        return withArrayItems(repaired.build()).asJsonObject();
    }

    private static JsonArray uniqueTags(JsonArray tags) {
        Set<String> seen = new HashSet<>();
        JsonArrayBuilder unique = JSON.createArrayBuilder();
        for (JsonValue tag : tags) {
            if (tag instanceof JsonObject object && seen.add(object.getString("name", ""))) {
                unique.add(tag);
            }
        }
        return unique.build();
    }

    private static JsonObject uniqueOperationIds(JsonObject paths) {
        Map<String, Integer> uses = new HashMap<>();
        paths.values().forEach(item -> item.asJsonObject().values().forEach(operation -> {
            if (operation instanceof JsonObject o && o.containsKey("operationId")) {
                uses.merge(o.getString("operationId"), 1, Integer::sum);
            }
        }));
        JsonObjectBuilder repaired = JSON.createObjectBuilder();
        paths.forEach((template, item) -> {
            Map<String, String> patterns = new HashMap<>();
            String path = withoutPatterns(template, patterns);
            JsonObjectBuilder operations = JSON.createObjectBuilder();
            item.asJsonObject().forEach((method, operation) -> {
                if (!(operation instanceof JsonObject o)) {
                    operations.add(method, operation);
                    return;
                }
                JsonObjectBuilder fixed = JSON.createObjectBuilder(o);
                if (uses.getOrDefault(o.getString("operationId", ""), 0) > 1) {
                    String words = path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
                    fixed.add("operationId", o.getString("operationId") + "_" + method + "_" + words);
                }
                if (!patterns.isEmpty() && o.containsKey("parameters")) {
                    fixed.add("parameters", withPatterns(o.getJsonArray("parameters"), patterns));
                }
                operations.add(method, fixed);
            });
            repaired.add(path, operations);
        });
        return repaired.build();
    }

    /** The template with {name: pattern} written {name}; the patterns by name go into the map. */
    static String withoutPatterns(String template, Map<String, String> patterns) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                if (template.charAt(end) == '{') {
                    depth++;
                } else if (template.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, Math.min(end, template.length()));
            int colon = inside.indexOf(':');
            String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
            if (colon >= 0) {
                patterns.put(name, inside.substring(colon + 1).strip());
            }
            path.append('{').append(name).append('}');
            i = end + 1;
        }
        return path.toString();
    }

    private static JsonArray withPatterns(JsonArray parameters, Map<String, String> patterns) {
        JsonArrayBuilder fixed = JSON.createArrayBuilder();
        for (JsonValue parameter : parameters) {
            if (parameter instanceof JsonObject p && "path".equals(p.getString("in", "")) && patterns.containsKey(p.getString("name", ""))) {
                JsonObject schema = p.containsKey("schema") ? p.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
                fixed.add(JSON.createObjectBuilder(p).add("schema", JSON.createObjectBuilder(schema)
                        .add("pattern", "^(" + patterns.get(p.getString("name")) + ")$")));
            } else {
                fixed.add(parameter);
            }
        }
        return fixed.build();
    }

    private static JsonValue withArrayItems(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder repaired = JSON.createObjectBuilder();
            object.forEach((key, inner) -> repaired.add(key, withArrayItems(inner)));
            if ("array".equals(object.getString("type", null)) && !object.containsKey("items")) {
                repaired.add("items", JsonValue.EMPTY_JSON_OBJECT);
            }
            return repaired.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder repaired = JSON.createArrayBuilder();
            array.forEach(inner -> repaired.add(withArrayItems(inner)));
            return repaired.build();
        }
        return value;
    }
}
