package org.communa.modules.meetings;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An admin creates (POST admin/meetings) or changes (PUT admin/meetings/{id}) a meeting: title, description,
 * kind (in_person, online, hybrid), address and accessibility, online link, start and end (ISO 8601 with an
 * offset), capacity (none for no limit), whether registrations are open. A larger capacity lets people in
 * from the waiting list at once.
 */
final class SaveMeeting implements RouteHandler {

    private static final Set<String> KINDS = Set.of("in_person", "online", "hybrid");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (!request.wantsPage()) {
            return save(request, request.jsonObject());
        }
        try {
            save(request, AdminPage.asJson(request.form(), request.services().timeZone()));
        } catch (ModuleProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return AdminPage.page(request, refused);
        }
        return ModuleResponse.redirect("admin");
    }

    private static ModuleResponse save(ModuleRequest request, JsonObject json) {
        request.require("administer");
        String title = text(json, "title", 3, 150, true);
        String description = text(json, "description", 0, 10_000, false);
        String kind = text(json, "kind", 1, 20, true);
        if (!KINDS.contains(kind)) {
            throw ModuleProblem.badRequest("kind must be one of " + KINDS + ", got: " + kind);
        }
        String address = text(json, "address", 3, 500, !kind.equals("online"));
        String accessibility = text(json, "accessibility", 0, 1000, false);
        String onlineUrl = text(json, "onlineUrl", 10, 2000, !kind.equals("in_person"));
        if (onlineUrl != null && !onlineUrl.matches("https?://\\S+")) {
            throw ModuleProblem.badRequest("onlineUrl must be an http(s) address, got: " + onlineUrl);
        }
        OffsetDateTime startsAt = time(json, "startsAt");
        OffsetDateTime endsAt = time(json, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw ModuleProblem.badRequest("endsAt must come after startsAt");
        }
        Integer capacity = capacity(json);
        boolean open = json.getBoolean("registrationsOpen", true);
        org.communa.module.api.questionnaire.Questionnaire form = registrationForm(json);
        UUID scope = scope(json);
        org.communa.module.api.data.Place position = org.communa.module.api.data.Place.of(json);
        boolean creating = request.pathParameter("id") == null;
        java.util.List<UUID> promoted = new java.util.ArrayList<>();
        ModuleResponse saved = request.data().write(sql -> {
            if (scope != null && !org.communa.module.api.data.Scopes.exists(sql, scope)) {
                throw ModuleProblem.badRequest("no scope " + scope + " in this organisation");
            }
            UUID id;
            if (creating) {
                id = UUID.randomUUID();
                sql.update("insert into meetings_meetings (id, component_id, title, description, kind, address, accessibility, online_url, "
                        + "starts_at, ends_at, capacity, registrations_open, registration_form, scope_id, latitude, longitude) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)", id,
                        request.componentId(), title, description == null ? "" : description, kind, address, accessibility, onlineUrl,
                        startsAt, endsAt, capacity, open, form == null ? null : form.toJson().toString(), scope, position.latitude(),
                        position.longitude());
            } else {
                Row current = Meetings.meeting(sql, request);
                id = current.uuid("id");
                sql.query("select id from meetings_meetings where id = ? for update", id);
                boolean formChanges = !java.util.Objects.equals(form, RegistrationForm.of(current).orElse(null));
                if (formChanges && sql.first("select 1 from meetings_registrations where meeting_id = ? limit 1", id).isPresent()) {
                    throw ModuleProblem.conflict("people have registered with this registration form: it stays as they answered it");
                }
                sql.update("update meetings_meetings set title = ?, description = ?, kind = ?, address = ?, accessibility = ?, online_url = ?, "
                        + "starts_at = ?, ends_at = ?, capacity = ?, registrations_open = ?, registration_form = ?::jsonb, scope_id = ?, "
                        + "latitude = ?, longitude = ?, updated_at = now() where id = ?", title, description == null ? "" : description, kind,
                        address, accessibility, onlineUrl, startsAt, endsAt, capacity, open, form == null ? null : form.toJson().toString(), scope,
                        position.latitude(), position.longitude(), id);
                promoted.addAll(Registrations.promote(sql, id));
            }
            sql.recordAction(creating ? "create" : "update", MeetingsModule.MEETING, id.toString());
            request.services().federate(MeetingsModule.MEETING, id.toString());
            MeetingIndex.index(request.services().participation().search(), sql, request.componentId(), id);
            return ModuleResponse.json(creating ? 201 : 200,
                    Meetings.json(Meetings.find(sql, request.componentId(), id).orElseThrow()).build().toString());
        });
        if (!promoted.isEmpty()) {
            Registrations.tellPromoted(request, Meetings.id(request), title, promoted);
        }
        return saved;
    }

    private static UUID scope(JsonObject json) {
        String text = text(json, "scopeId", 36, 36, false);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest("scopeId must be a scope's id, got: " + text);
        }
    }

    /** The registration form as the SDK's questionnaire, or null for none; faults are 400 with their path. */
    private static org.communa.module.api.questionnaire.Questionnaire registrationForm(JsonObject json) {
        JsonValue value = json.get("registrationForm");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject form)) {
            throw ModuleProblem.badRequest("registrationForm must be a questionnaire object, or null for none");
        }
        return org.communa.module.api.questionnaire.Questionnaire.parse(form);
    }

    private static String text(JsonObject json, String name, int min, int max, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw ModuleProblem.badRequest(name + " is required");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw ModuleProblem.badRequest(name + " must be text");
        }
        String text = string.getString().strip();
        if (text.length() < min || text.length() > max) {
            throw ModuleProblem.badRequest(name + " must have " + min + " to " + max + " characters");
        }
        return text.isEmpty() && !required ? null : text;
    }

    private static OffsetDateTime time(JsonObject json, String name) {
        String text = text(json, name, 10, 40, true);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ModuleProblem.badRequest(name + " must be a date and time with its offset, e.g. 2026-12-03T18:00:00+01:00, got: " + text);
        }
    }

    private static Integer capacity(JsonObject json) {
        JsonValue value = json.get("capacity");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1 || number.longValue() > 1_000_000) {
            throw ModuleProblem.badRequest("capacity must be a whole number of places from 1 to 1,000,000, or null for no limit");
        }
        return number.intValue();
    }
}
