package org.communa.module.api.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A route of a component, relative to its URL (/processes/{slug}/c/{componentId}/...): a method and
 * a path template such as "pages/{pageId}", whose {names} become path parameters.
 */
public final class Route {

    private final String method;
    private final String[] segments;
    private final String template;
    private final RouteHandler handler;

    public Route(String method, String template, RouteHandler handler) {
        if (!method.matches("GET|POST|PUT|DELETE|PATCH")) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        this.method = method;
        this.template = trim(template);
        this.segments = this.template.isEmpty() ? new String[0] : this.template.split("/");
        this.handler = handler;
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
