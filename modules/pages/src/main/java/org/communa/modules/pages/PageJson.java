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

    /** Translations by language, as the API takes and gives them. */
    private static final String TRANSLATIONS = """
            {"type": "object", "description": "by language: fr, en, ca, es", "additionalProperties": {"type": "string"}}""";
    private static final String SUMMARY_PROPERTIES = """
            "id": {"type": "string", "format": "uuid"}, "slug": {"type": "string"}, "position": {"type": "integer"},
            "title": {"type": "string", "description": "in the reader's language, else the first one there is"},
            "titles": """ + TRANSLATIONS;
    /** A page in the API document (JSON Schema). */
    static final String SCHEMA = "{\"type\": \"object\", \"properties\": {" + SUMMARY_PROPERTIES
            + ", \"body\": {\"type\": \"string\", \"description\": \"sanitised HTML\"}, \"bodies\": " + TRANSLATIONS
            + ", \"updatedAt\": {\"type\": \"string\", \"format\": \"date-time\"}}}";
    static final String LIST_SCHEMA = "{\"type\": \"object\", \"properties\": {\"component\": {\"type\": \"string\", "
            + "\"format\": \"uuid\"}, \"tableOfContents\": {\"type\": \"boolean\"}, \"pages\": {\"type\": \"array\", "
            + "\"items\": {\"type\": \"object\", \"properties\": {" + SUMMARY_PROPERTIES + "}}}}}";
    /** What creating or changing a page takes. */
    static final String INPUT_SCHEMA = """
            {"type": "object", "required": ["slug", "title"], "properties": {
              "slug": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,79}$"},
              "position": {"type": "integer", "minimum": 1, "maximum": 10000},
              "title": {"type": "object", "description": "translations, at most 200 characters each", "additionalProperties": {"type": "string"}},
              "body": {"type": "object", "description": "translations in HTML (sanitised), at most 100,000 characters each",
                "additionalProperties": {"type": "string"}}}}""";
    /** The admin form's fields: slug, position, title.LANG and body.LANG. */
    static final String FORM_SCHEMA = """
            {"type": "object", "required": ["slug"], "properties": {"slug": {"type": "string"}, "position": {"type": "string"},
              "title.fr": {"type": "string"}, "title.en": {"type": "string"}, "title.ca": {"type": "string"}, "title.es": {"type": "string"},
              "body.fr": {"type": "string"}, "body.en": {"type": "string"}, "body.ca": {"type": "string"}, "body.es": {"type": "string"}}}""";

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
