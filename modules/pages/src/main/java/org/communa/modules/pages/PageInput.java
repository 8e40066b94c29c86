package org.communa.modules.pages;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.communa.module.api.ModuleProblem;

/**
 * A page as an admin sends it: {"slug": "faq", "title": {"fr": "..."}, "body": {"fr": "<p>...</p>"},
 * "position": 2}. Checked whole before anything is written; bodies leave here sanitised.
 */
record PageInput(String slug, String titles, String bodies, int position) {

    private static final Set<String> LANGUAGES = Set.of("fr", "en", "ca", "es");
    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 100_000;

    static PageInput parse(String body, UnaryOperator<String> sanitize) {
        JsonObject json;
        try {
            json = PageJson.parse(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonException | ClassCastException e) {
            throw ModuleProblem.badRequest("the page must be a JSON object: " + e.getMessage());
        }
        String slug = json.containsKey("slug") && json.get("slug") instanceof JsonString s ? s.getString() : null;
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw ModuleProblem.badRequest("slug must be lower-case letters, digits and dashes (at most 80), got: " + slug);
        }
        String titles = translations(json, "title", MAX_TITLE, UnaryOperator.identity(), true);
        String bodies = translations(json, "body", MAX_BODY, sanitize, false);
        int position = json.containsKey("position") ? json.getInt("position", 1) : 1;
        if (position < 1 || position > 10_000) {
            throw ModuleProblem.badRequest("position must be between 1 and 10000, got: " + position);
        }
        return new PageInput(slug, titles, bodies, position);
    }

    /** The same page from an admin page's form: slug, position, title.LANG and body.LANG fields. */
    static PageInput fromForm(java.util.Map<String, String> form, UnaryOperator<String> sanitize) {
        JsonObjectBuilder json = PageJson.JSON.createObjectBuilder().add("slug", form.getOrDefault("slug", "").strip());
        JsonObjectBuilder titles = PageJson.JSON.createObjectBuilder();
        JsonObjectBuilder bodies = PageJson.JSON.createObjectBuilder();
        for (String language : List.of("fr", "en", "ca", "es")) {
            String title = form.getOrDefault("title." + language, "").strip();
            String body = form.getOrDefault("body." + language, "").strip();
            if (!title.isEmpty()) {
                titles.add(language, title);
            }
            if (!body.isEmpty()) {
                bodies.add(language, body);
            }
        }
        json.add("title", titles).add("body", bodies);
        try {
            json.add("position", Integer.parseInt(form.getOrDefault("position", "1").strip()));
        } catch (NumberFormatException e) {
            throw ModuleProblem.badRequest("position must be a whole number");
        }
        return parse(json.build().toString(), sanitize);
    }

    private static String translations(JsonObject json, String field, int maxLength, UnaryOperator<String> clean, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            if (required || value != null) {
                throw ModuleProblem.badRequest(field + " must be an object of translations, e.g. {\"fr\": \"...\"}");
            }
            return "{}";
        }
        JsonObjectBuilder cleaned = PageJson.JSON.createObjectBuilder();
        for (var entry : value.asJsonObject().entrySet()) {
            if (!LANGUAGES.contains(entry.getKey())) {
                throw ModuleProblem.badRequest(field + " has a translation in " + entry.getKey() + "; languages are fr, en, ca, es");
            }
            if (!(entry.getValue() instanceof JsonString text) || text.getString().isBlank()) {
                throw ModuleProblem.badRequest(field + "." + entry.getKey() + " must be non-empty text");
            }
            if (text.getString().length() > maxLength) {
                throw ModuleProblem.badRequest(field + "." + entry.getKey() + " is longer than " + maxLength + " characters");
            }
            cleaned.add(entry.getKey(), clean.apply(text.getString()));
        }
        JsonObject result = cleaned.build();
        if (required && result.isEmpty()) {
            throw ModuleProblem.badRequest(field + " needs at least one translation");
        }
        return result.toString();
    }
}
