package org.communa.modules.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;

/** Reading meetings: the columns, the one a request names, and their JSON. */
final class Meetings {

    static final JsonProvider JSON = JsonProvider.provider();
    static final String COLUMNS = "m.id, m.title, m.description, m.kind, m.address, m.latitude, m.longitude, m.accessibility, m.online_url, "
            + "m.starts_at, m.ends_at, "
            + "m.capacity, m.registrations_open, m.cancelled_at, m.created_at, m.updated_at, m.registration_form::text as registration_form, "
            + "m.minutes, m.video_url, m.attendees, m.scope_id, (select sc.name::text from sdk_scopes sc where sc.id = m.scope_id) as scope_name, "
            + "(select count(*) from meetings_registrations r where r.meeting_id = m.id and r.status = 'registered') as registered, "
            + "(select count(*) from meetings_registrations r where r.meeting_id = m.id and r.status = 'waitlisted') as waitlisted";

    private Meetings() {
    }

    static UUID id(ModuleRequest request) {
        return request.idParameter("id", "meeting");
    }

    /** The meeting of this component the request names, or 404. */
    static Row meeting(Sql sql, ModuleRequest request) {
        UUID id = id(request);
        return find(sql, request.componentId(), id).orElseThrow(() -> ModuleProblem.notFound("no meeting " + id + " here"));
    }

    static Optional<Row> find(Sql sql, UUID componentId, UUID id) {
        return sql.first("select " + COLUMNS + " from meetings_meetings m where m.component_id = ? and m.id = ?", componentId, id);
    }

    /** Places left, or null when the meeting has no limit. */
    static Long placesLeft(Row row) {
        return row.integer("capacity") == null ? null : Math.max(0, row.integer("capacity") - row.integer("registered"));
    }

    /** What anyone may read; the online link is never in it (registered participants get it when the meeting starts). */
    static JsonObjectBuilder json(Row row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.uuid("id").toString()).add("title", row.string("title"))
                .add("description", row.string("description")).add("kind", row.string("kind"))
                .add("startsAt", row.time("starts_at").toString()).add("endsAt", row.time("ends_at").toString())
                .add("registered", row.integer("registered")).add("waitlisted", row.integer("waitlisted"))
                .add("registrationsOpen", Boolean.TRUE.equals(row.bool("registrations_open")))
                .add("cancelled", row.time("cancelled_at") != null).add("started", !now().isBefore(row.time("starts_at")));
        optional(json, "address", row.string("address"));
        org.communa.module.api.data.Place place = org.communa.module.api.data.Place.of(row);
        if (place.onMap()) {
            json.add("latitude", place.latitude()).add("longitude", place.longitude());
        }
        optional(json, "accessibility", row.string("accessibility"));
        if (row.integer("capacity") != null) {
            json.add("capacity", row.integer("capacity")).add("placesLeft", placesLeft(row));
        }
        RegistrationForm.of(row).ifPresent(form -> json.add("registrationForm", form.toJson()));
        if (row.uuid("scope_id") != null) {
            json.add("scopeId", row.uuid("scope_id").toString()).add("scope", object(row.string("scope_name")));
        }
        optional(json, "minutes", row.string("minutes"));
        optional(json, "videoUrl", row.string("video_url"));
        if (row.integer("attendees") != null) {
            json.add("attendees", row.integer("attendees"));
        }
        return json;
    }

    /** The same as the JSON, for page templates (values templates read as they are). */
    static java.util.Map<String, Object> view(Row row) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        json(row).build().forEach((name, value) -> view.put(name, value instanceof jakarta.json.JsonString text ? text.getString()
                : value instanceof jakarta.json.JsonNumber number ? (Object) (number.isIntegral() ? number.longValue() : number.doubleValue())
                : value == jakarta.json.JsonValue.TRUE ? (Object) Boolean.TRUE : value == jakarta.json.JsonValue.FALSE ? (Object) Boolean.FALSE
                : value instanceof jakarta.json.JsonObject names && "scope".equals(name) ? org.communa.module.api.data.Scopes.names(names.toString()) : null));
        return view;
    }



    /** The meetings that have a position, for the list's map. */
    static String mapPoints(java.util.List<Row> rows) {
        return org.communa.module.api.data.Place.mapPoints(rows.stream().map(row -> new org.communa.module.api.data.Place.Point(
                row.string("title"), "meetings/" + row.uuid("id"), org.communa.module.api.data.Place.of(row))).toList());
    }

    /** JSON text the database stored (a form, answers, names) as an object. */
    static JsonObject object(String json) {
        return JSON.createReader(new java.io.StringReader(json)).readObject();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

}
