package org.communa.modules.pages;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.communa.module.api.data.Row;

/** How a page reads in the JSON API: the text in the reader's language, and every translation. */
final class PageJson {

    /** Looked up once: finding the provider is slow, using it is not. */
    static final JsonProvider JSON = JsonProvider.provider();
    static final String COLUMNS = "id, slug, title::text as title, body::text as body, position, updated_at";
    private static final String[] FALLBACK = {"fr", "en", "ca", "es"};

    private PageJson() {
    }

    static JsonObjectBuilder summary(Row row, String locale) {
        JsonObject titles = parse(row.string("title"));
        return JSON.createObjectBuilder()
                .add("id", row.uuid("id").toString())
                .add("slug", row.string("slug"))
                .add("position", row.integer("position"))
                .add("title", inLocale(titles, locale))
                .add("titles", titles);
    }

    static JsonObject full(Row row, String locale) {
        JsonObject bodies = parse(row.string("body"));
        return summary(row, locale)
                .add("body", inLocale(bodies, locale))
                .add("bodies", bodies)
                .add("updatedAt", row.time("updated_at").toString())
                .build();
    }

    static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }

    static String text(jakarta.json.JsonValue value) {
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    /** The text in the reader's language, else in the first language that has it. */
    static String inLocale(JsonObject translations, String locale) {
        String language = languageShown(translations, locale);
        return language == null ? "" : translations.getString(language);
    }

    /** Which language {@link #inLocale} shows, so that the page can mark text in another language than its own. */
    static String languageShown(JsonObject translations, String locale) {
        if (translations.containsKey(locale)) {
            return locale;
        }
        for (String fallback : FALLBACK) {
            if (translations.containsKey(fallback)) {
                return fallback;
            }
        }
        return null;
    }
}
