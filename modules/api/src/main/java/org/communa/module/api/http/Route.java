package org.communa.module.api.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A route of a component, relative to its URL (/api/spaces/{slug}/c/{componentId}/...): a method and
 * a path template such as "pages/{pageId}", whose {names} become path parameters.
 *
 * <p>Since 1.3 a route also describes itself for the instance's API document (/openapi), which the host
 * rebuilds from the running modules' routes: what it does ({@link #describedAs}), who may call it
 * ({@link #allowedTo}), the body it takes ({@link #accepts}) and what it answers ({@link #returns}). The
 * test kit refuses a module with a route that says nothing of itself.
 */
public final class Route {

    /** {@link #allowedTo}: anyone, signed in or not (the phase and the module may still refuse). @since 1.3 */
    public static final String EVERYONE = "everyone";
    /** {@link #allowedTo}: any signed-in participant of the organisation. @since 1.3 */
    public static final String SIGNED_IN = "signed-in";

    private final String method;
    private final String[] segments;
    private final String template;
    private final RouteHandler handler;
    private final Description description;

    /** What a route says of itself in the API document (all null until described). */
    private record Description(String summary, String access, String requestMediaType, String requestSchema,
            int status, String responseMediaType, String responseSchema) {
    }

    public Route(String method, String template, RouteHandler handler) {
        this(method, template, handler, new Description(null, null, null, null, 0, null, null));
    }

    private Route(String method, String template, RouteHandler handler, Description description) {
        if (!method.matches("GET|POST|PUT|DELETE|PATCH")) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        this.method = method;
        this.template = trim(template);
        this.segments = this.template.isEmpty() ? new String[0] : this.template.split("/");
        this.handler = handler;
        this.description = description;
    }

    /** This route, described in one sentence (the operation's summary in /openapi). @since 1.3 */
    public Route describedAs(String summary) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a route's description says what it does");
        }
        Description d = description;
        return new Route(method, template, handler, new Description(summary.strip(), d.access(), d.requestMediaType(),
                d.requestSchema(), d.status(), d.responseMediaType(), d.responseSchema()));
    }

    /**
     * This route, saying who may call it: {@link #EVERYONE}, {@link #SIGNED_IN}, or the key of one of the
     * manifest's actions (whose role decides; the manifest refuses an unknown key). @since 1.3
     */
    public Route allowedTo(String who) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("allowedTo needs everyone, signed-in or an action key");
        }
        Description d = description;
        return new Route(method, template, handler, new Description(d.summary(), who.strip(), d.requestMediaType(),
                d.requestSchema(), d.status(), d.responseMediaType(), d.responseSchema()));
    }

    /** This route, taking a JSON body described by a JSON Schema (text); its HTML form posts the same fields. @since 1.3 */
    public Route accepts(String jsonSchema) {
        return accepts("application/json", jsonSchema);
    }

    /** This route, taking a body of another media type (e.g. "text/csv"), with a JSON Schema or null. @since 1.3 */
    public Route accepts(String mediaType, String schema) {
        Description d = description;
        return new Route(method, template, handler, new Description(d.summary(), d.access(), mediaType, schema,
                d.status(), d.responseMediaType(), d.responseSchema()));
    }

    /** This route, answering with this status and media type, and for JSON a JSON Schema (null: any object). @since 1.3 */
    public Route returns(int status, String mediaType, String schema) {
        if (status < 200 || status > 399) {
            throw new IllegalArgumentException("returns describes the success answer (2xx or 3xx); problems are the host's");
        }
        Description d = description;
        return new Route(method, template, handler, new Description(d.summary(), d.access(), d.requestMediaType(),
                d.requestSchema(), status, mediaType, schema));
    }

    public static Route get(String template, RouteHandler handler) {
        return new Route("GET", template, handler);
    }

    public static Route post(String template, RouteHandler handler) {
        return new Route("POST", template, handler);
    }

    public static Route put(String template, RouteHandler handler) {
        return new Route("PUT", template, handler);
    }

    public static Route delete(String template, RouteHandler handler) {
        return new Route("DELETE", template, handler);
    }

    /** The path parameters when this route serves the method and path, empty otherwise. */
    public Optional<Map<String, String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String trimmed = trim(path);
        String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("/");
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    public String method() { return method; }
    public String template() { return template; }
    public RouteHandler handler() { return handler; }
    /** @since 1.3 */
    public Optional<String> summary() { return Optional.ofNullable(description.summary()); }
    /** Who may call it: everyone, signed-in or an action key; empty if the route does not say. @since 1.3 */
    public Optional<String> access() { return Optional.ofNullable(description.access()); }
    /** @since 1.3 */
    public Optional<String> requestMediaType() { return Optional.ofNullable(description.requestMediaType()); }
    /** @since 1.3 */
    public Optional<String> requestSchema() { return Optional.ofNullable(description.requestSchema()); }
    /** The success status it answers with (200 unless described). @since 1.3 */
    public int successStatus() { return description.status() == 0 ? 200 : description.status(); }
    /** @since 1.3 */
    public String responseMediaType() { return description.responseMediaType() == null ? "application/json" : description.responseMediaType(); }
    /** @since 1.3 */
    public Optional<String> responseSchema() { return Optional.ofNullable(description.responseSchema()); }

    private static String trim(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
