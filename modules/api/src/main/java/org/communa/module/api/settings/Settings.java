package org.communa.module.api.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated setting values of one component (or one phase of it): every defined key present, with the
 * default where the admin gave nothing, and no unknown key.
 */
public final class Settings {

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Checks what an admin gave against the definitions; refuses unknown keys and invalid values. */
    public static Settings validate(List<SettingDefinition> definitions, Map<String, ?> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (definitions.stream().noneMatch(d -> d.key().equals(key))) {
                throw new InvalidSettingException(key + " is not a setting of this component");
            }
        }
        for (SettingDefinition definition : definitions) {
            Object value = given.get(definition.key());
            values.put(definition.key(), value == null ? definition.defaultValue() : definition.validate(value));
        }
        return new Settings(values);
    }

    public static Settings defaults(List<SettingDefinition> definitions) {
        return validate(definitions, Map.of());
    }

    public boolean bool(String key) {
        return (Boolean) require(key);
    }

    public long integer(String key) {
        return (Long) require(key);
    }

    public String text(String key) {
        return (String) require(key);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return value;
    }
}
