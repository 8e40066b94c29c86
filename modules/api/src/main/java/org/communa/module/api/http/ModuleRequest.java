package org.communa.module.api.http;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.HostServices;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.settings.Settings;

/**
 * One request to a component, as the host hands it to the module: the organisation, space and
 * component it is for (already resolved and checked by the host), the participant if signed in,
 * the route's path parameters, the component's settings for the current phase, and the host's services.
 */
public final class ModuleRequest {

    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Map<String, String> query;
    private final String body;
    private final UUID organisationId;
    private final String spaceSlug;
    private final UUID componentId;
    private final UUID participantId;
    private final String locale;
    private final Settings settings;
    private final HostServices services;
    private final boolean page;

    public ModuleRequest(String method, String path, Map<String, String> pathParameters, Map<String, String> query, String body,
            UUID organisationId, String spaceSlug, UUID componentId, UUID participantId, String locale, Settings settings,
            HostServices services, boolean page) {
        this.method = method;
        this.path = path;
        this.pathParameters = Collections.unmodifiableMap(pathParameters);
        this.query = Collections.unmodifiableMap(query);
        this.body = body;
        this.organisationId = organisationId;
        this.spaceSlug = spaceSlug;
        this.componentId = componentId;
        this.participantId = participantId;
        this.locale = locale;
        this.settings = settings;
        this.services = services;
        this.page = page;
    }

    /** A copy carrying the parameters of the route that matched. */
    public ModuleRequest withPathParameters(Map<String, String> parameters) {
        return new ModuleRequest(method, path, parameters, query, body, organisationId, spaceSlug, componentId,
                participantId, locale, settings, services, page);
    }

    public String method() { return method; }
    public String path() { return path; }
    public String pathParameter(String name) { return pathParameters.get(name); }
    public Map<String, String> query() { return query; }
    public String body() { return body; }
    public UUID organisationId() { return organisationId; }
    public String spaceSlug() { return spaceSlug; }
    public UUID componentId() { return componentId; }
    public Optional<UUID> participantId() { return Optional.ofNullable(participantId); }
    public String locale() { return locale; }
    public Settings settings() { return settings; }
    public HostServices services() { return services; }

    /**
     * Whether a person's browser asked for a page (/processes/{slug}/c/{id}/...): answer a view or a
     * redirection; otherwise the JSON API asked (/api/spaces/{slug}/c/{id}/...).
     */
    public boolean wantsPage() { return page; }

    /** The fields of a posted form (application/x-www-form-urlencoded); the first value of each. */
    public Map<String, String> form() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            // a malformed form is the client's fault, never the module's
            throw org.communa.module.api.ModuleProblem.badRequest("the form is not URL-encoded: " + e.getMessage());
        }
        return fields;
    }

    /** A path parameter that is an id, or a 404 "no WHAT VALUE" (an id that cannot exist is not found either). @since 1.4 */
    public UUID idParameter(String name, String what) {
        String value = pathParameters.get(name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw org.communa.module.api.ModuleProblem.notFound("no " + what + " " + value);
        }
    }

    /** A query parameter that is an id (a filter's scope...), empty when absent or blank, a 400 when it is no id. @since 1.4 */
    public Optional<UUID> idQuery(String name) {
        String value = query.getOrDefault(name, "").strip();
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw org.communa.module.api.ModuleProblem.badRequest(name + " must be an id, got: " + value);
        }
    }

    /** A query parameter that is a day (2027-03-04), empty when absent or blank, a 400 when it is no date. @since 1.4 */
    public Optional<java.time.LocalDate> dayQuery(String name) {
        String value = query.getOrDefault(name, "").strip();
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            throw org.communa.module.api.ModuleProblem.badRequest(name + " must be a date like 2027-03-04, got: " + value);
        }
    }

    /** The body as a JSON object, or a 400 problem saying one was expected. @since 1.4 */
    public jakarta.json.JsonObject jsonObject() {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw org.communa.module.api.ModuleProblem.badRequest("expected a JSON object");
        }
    }

    /** The module's tables, inside this request's organisation. */
    public ModuleData data() { return services.data(); }

    /** Refuses the request (401 for visitors, 403 otherwise) unless its participant may do the action. */
    public void require(String actionKey) {
        String refusal = services.refusal(actionKey);
        if (refusal != null) {
            throw participantId == null ? ModuleProblem.unauthorized("sign in first") : ModuleProblem.forbidden(refusal);
        }
    }
}
