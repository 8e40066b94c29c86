package org.communa.module.api.settings;

import java.util.List;
import java.util.Objects;

/**
 * One typed setting of a component, with its default and its bounds. Build with the static factories;
 * the definition checks that its own default is valid, so a module cannot ship a broken default.
 */
public final class SettingDefinition {

    private final String key;
    private final SettingType type;
    private final Object defaultValue;
    private final long min;
    private final long max;
    private final List<String> choices;

    private SettingDefinition(String key, SettingType type, Object defaultValue, long min, long max, List<String> choices) {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("setting key must be snake_case, got: " + key);
        }
        this.key = key;
        this.type = type;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.defaultValue = validate(defaultValue);
    }

    public static SettingDefinition bool(String key, boolean defaultValue) {
        return new SettingDefinition(key, SettingType.BOOLEAN, defaultValue, 0, 0, List.of());
    }

    public static SettingDefinition integer(String key, long defaultValue, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(key + ": min " + min + " is above max " + max);
        }
        return new SettingDefinition(key, SettingType.INTEGER, defaultValue, min, max, List.of());
    }

    public static SettingDefinition text(String key, String defaultValue, int maxLength) {
        return new SettingDefinition(key, SettingType.TEXT, defaultValue, 0, maxLength, List.of());
    }

    public static SettingDefinition choice(String key, String defaultValue, List<String> choices) {
        return new SettingDefinition(key, SettingType.CHOICE, defaultValue, 0, 0, List.copyOf(choices));
    }

    /** The value as stored (Boolean, Long or String), or an exception naming the setting and the rule. */
    public Object validate(Object value) {
        if (value == null) {
            throw new InvalidSettingException(key + " is required");
        }
        switch (type) {
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                throw new InvalidSettingException(key + " must be true or false");
            case INTEGER:
                if (!(value instanceof Number) || ((Number) value).doubleValue() != ((Number) value).longValue()) {
                    throw new InvalidSettingException(key + " must be a whole number");
                }
                long number = ((Number) value).longValue();
                if (number < min || number > max) {
                    throw new InvalidSettingException(key + " must be between " + min + " and " + max);
                }
                return number;
            case TEXT:
                if (!(value instanceof String)) {
                    throw new InvalidSettingException(key + " must be text");
                }
                if (((String) value).length() > max) {
                    throw new InvalidSettingException(key + " must have at most " + max + " characters");
                }
                return value;
            case CHOICE:
                if (!choices.contains(value)) {
                    throw new InvalidSettingException(key + " must be one of " + String.join(", ", choices));
                }
                return value;
            default:
                throw new IllegalStateException("unknown setting type " + type);
        }
    }

    public String key() { return key; }
    public SettingType type() { return type; }
    public Object defaultValue() { return defaultValue; }
    public long min() { return min; }
    public long max() { return max; }
    public List<String> choices() { return choices; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SettingDefinition && ((SettingDefinition) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }
}
