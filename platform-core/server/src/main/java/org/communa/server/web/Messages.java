package org.communa.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's words in each language, from i18n/messages_LANG.properties. French is the reference;
 * a key missing in a language falls back to French at run time, and the build's tests refuse any
 * template key missing in French or English (Catalan and Spanish for participant pages).
 */
public final class Messages {

    public static final String[] LANGUAGES = {"fr", "en", "ca", "es"};
    public static final java.util.List<String> LANGUAGES_LIST = java.util.List.of(LANGUAGES);
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static Properties bundle(String language) {
        return BUNDLES.computeIfAbsent(language, Messages::load);
    }

    public static String text(String language, String key, Object... arguments) {
        String pattern = bundle(language).getProperty(key);
        if (pattern == null) {
            pattern = bundle("fr").getProperty(key);
        }
        if (pattern == null) {
            return "??" + key + "??";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("i18n/messages_" + language + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
