package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.settings.SettingDefinition;
import org.communa.module.api.settings.Settings;

/** Between JSON objects and the SDK's setting values (Boolean, Long, String). */
public final class SettingsJson {

    private SettingsJson() {
    }

    public static Map<String, Object> values(JsonObject json) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        json.forEach((key, value) -> values.put(key, value(value)));
        return values;
    }

    public static Map<String, Object> values(String json) {
        return values(JSON.createReader(new StringReader(json)).readObject());
    }

    private static Object value(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        return value.toString(); // objects, arrays and null are refused by the definitions as the wrong type
    }

    static JsonObject toJson(Settings settings) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        settings.asMap().forEach((key, value) -> {
            if (value instanceof Boolean b) {
                json.add(key, b);
            } else if (value instanceof Long l) {
                json.add(key, l);
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json.build();
    }

    /**
     * The settings a module sees for stored values: those the installed version still defines, checked by its
     * rules, or its defaults when they no longer pass (values were valid for the version that checked them;
     * an upgrade may change the rules).
     */
    public static Settings effective(ModuleManifest manifest,
            Map<String, Object> stored) {
        List<SettingDefinition> definitions = new ArrayList<>(manifest.globalSettings());
        definitions.addAll(manifest.phaseSettings());
        Map<String, Object> values = new LinkedHashMap<>(stored);
        values.keySet().retainAll(definitions.stream().map(SettingDefinition::key).toList());
        try {
            return Settings.validate(definitions, values);
        } catch (RuntimeException e) {
            return Settings.defaults(definitions);
        }
    }
}
