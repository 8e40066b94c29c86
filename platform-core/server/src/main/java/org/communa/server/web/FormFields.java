package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;

/** Reading the admin pages' forms: trimmed values, and translated fields (name.fr, name.en...) as the API's translations. */
final class FormFields {

    private FormFields() {
    }

    static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    /** A form parameter JAX-RS gave as null when the field was missing: the use cases then refuse it as empty. */
    static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Fields named field.fr, field.en... as a translations object; empty ones left out. */
    static JsonObject translations(MultivaluedMap<String, String> form, String field) {
        JsonObjectBuilder translations = JSON.createObjectBuilder();
        for (String language : Messages.LANGUAGES) {
            String text = value(form, field + "." + language);
            if (!text.isEmpty()) {
                translations.add(language, text);
            }
        }
        return translations.build();
    }
}
