package org.communa.modules.proposals;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Sql;

/**
 * A proposal as a participant writes it: title, body, and optionally category, scope and address; an
 * ambassador adds who they met, where, and that the person agreed. Checked whole before anything is
 * written. Text is kept as typed (it is shown escaped), trimmed of surrounding blanks.
 */
record ProposalInput(String title, String body, UUID categoryId, UUID scopeId, String address,
        String assistedPerson, String assistedPlace, boolean consent, org.communa.module.api.data.Place place) {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 150;
    static final int BODY_MIN = 15;

    static ProposalInput fromJson(String body) {
        JsonObject json;
        try {
            json = ProposalJson.JSON.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw ModuleProblem.badRequest("the proposal must be a JSON object: " + e.getMessage());
        }
        return new ProposalInput(text(json, "title"), text(json, "body"), uuid(text(json, "categoryId"), "categoryId"),
                uuid(text(json, "scopeId"), "scopeId"), text(json, "address"), text(json, "assistedPerson"),
                text(json, "assistedPlace"), json.getBoolean("consent", false), org.communa.module.api.data.Place.of(json));
    }

    static ProposalInput fromForm(Map<String, String> form) {
        return new ProposalInput(form.get("title"), form.get("body"), uuid(form.get("categoryId"), "categoryId"),
                uuid(form.get("scopeId"), "scopeId"), form.get("address"), form.get("assistedPerson"),
                form.get("assistedPlace"), "yes".equals(form.get("consent")),
                org.communa.module.api.data.Place.of(form.get("address"), form.get("latitude"), form.get("longitude")));
    }

    /** Checks lengths and references against the component's space and the organisation; answers a cleaned copy. */
    ProposalInput checked(Sql sql, UUID componentId, long bodyMax) {
        String t = strip(title);
        String b = strip(body);
        if (t == null || t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw ModuleProblem.badRequest("title must have " + TITLE_MIN + " to " + TITLE_MAX + " characters")
                    .explainedAs("proposals.problem.title", TITLE_MIN, TITLE_MAX);
        }
        if (b == null || b.length() < BODY_MIN || b.length() > bodyMax) {
            throw ModuleProblem.badRequest("body must have " + BODY_MIN + " to " + bodyMax + " characters")
                    .explainedAs("proposals.problem.body", BODY_MIN, bodyMax);
        }
        if (t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)) {
            throw ModuleProblem.badRequest("title must not be written in capitals only").explainedAs("proposals.problem.capitals");
        }
        if (categoryId != null && sql.first("select 1 from sdk_categories c join sdk_components k on k.space_id = c.space_id "
                + "where k.id = ? and c.id = ?", componentId, categoryId).isEmpty()) {
            throw ModuleProblem.badRequest("categoryId is not a category of this space: " + categoryId);
        }
        if (scopeId != null && !org.communa.module.api.data.Scopes.exists(sql, scopeId)) {
            throw ModuleProblem.badRequest("scopeId is not a scope of this organisation: " + scopeId);
        }
        String a = strip(address);
        if (a != null && a.length() > 200) {
            throw ModuleProblem.badRequest("address has at most 200 characters").explainedAs("proposals.problem.address");
        }
        String person = strip(assistedPerson);
        String place = strip(assistedPlace);
        if ((person != null && person.length() > 100) || (place != null && place.length() > 100)) {
            throw ModuleProblem.badRequest("assistedPerson and assistedPlace have at most 100 characters");
        }
        return new ProposalInput(t, b, categoryId, scopeId, a, person, place, consent, this.place);
    }

    boolean assisted() {
        return strip(assistedPerson) != null || strip(assistedPlace) != null;
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw ModuleProblem.badRequest(field + " must be text");
        }
        return string.getString();
    }

    private static UUID uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest(field + " must be an id, got: " + text);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
