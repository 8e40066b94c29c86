package org.communa.module.api.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module answers: a body with its media type (JSON, HTML), a page (one of the module's templates
 * with its model, rendered by the host inside the organisation's theme and layout), or a redirection
 * after a form (303 to a path of the component). Errors use {@link #problem}.
 */
public final class ModuleResponse {

    private final int status;
    private final String contentType;
    private final String body;
    private final String template;
    private final Map<String, Object> model;
    private final String location;
    private String fileName;
    private int publicSeconds;

    private ModuleResponse(int status, String contentType, String body, String template, Map<String, Object> model, String location) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.template = template;
        this.model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
        this.location = location;
    }

    public static ModuleResponse json(int status, String json) {
        return new ModuleResponse(status, "application/json", json, null, null, null);
    }

    public static ModuleResponse html(int status, String html) {
        return new ModuleResponse(status, "text/html;charset=utf-8", html, null, null, null);
    }

    /**
     * A page: the module's template (templates/NAME.peb in its bundle, or a theme's version of it) with
     * this model; values are strings, numbers, booleans, lists and maps. Text is escaped unless the
     * template marks it raw, which a module does only for HTML the platform sanitised.
     */
    public static ModuleResponse view(String template, Map<String, Object> model) {
        return view(200, template, model);
    }

    public static ModuleResponse view(int status, String template, Map<String, Object> model) {
        if (template == null || !template.matches("[a-z0-9][a-z0-9_/-]*")) {
            throw new IllegalArgumentException("a template name is lower-case, e.g. \"list\" or \"admin/edit\"; got: " + template);
        }
        return new ModuleResponse(status, "text/html;charset=utf-8", null, template, model, null);
    }

    /** After a form: 303 to a path of the component ("" for its index, "pages/faq"...). */
    public static ModuleResponse redirect(String componentPath) {
        if (componentPath == null || componentPath.contains("//") || componentPath.contains(":") || componentPath.contains("..")) {
            throw new IllegalArgumentException("redirect to a path of the component, got: " + componentPath);
        }
        return new ModuleResponse(303, null, null, null, null, componentPath);
    }

    /**
     * A file to download (an export): text of this media type ("text/csv", "application/json"), saved
     * by the browser under fileName. @since 1.1
     */
    public static ModuleResponse download(String mediaType, String fileName, String content) {
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a download's file name is letters, digits, dots, dashes; got: " + fileName);
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
            throw new IllegalArgumentException("a download's media type is like text/csv; got: " + mediaType);
        }
        ModuleResponse response = new ModuleResponse(200, mediaType + (mediaType.startsWith("text/") ? ";charset=utf-8" : ""),
                content, null, null, null);
        response.fileName = fileName;
        return response;
    }

    /** An RFC 9457 problem; the host renders it like its own errors. */
    public static ModuleResponse problem(int status, String detail) {
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        return new ModuleResponse(status, "application/problem+json",
                "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + escaped + "\"}", null, null, null);
    }

    public int status() { return status; }
    public String contentType() { return contentType; }
    public String body() { return body; }
    /** The template of a page answer, or null. */
    public String template() { return template; }
    public Map<String, Object> model() { return model; }
    /** The component path of a redirection, or null. */
    public String location() { return location; }
    /** The file name of a download, or null. */
    public String fileName() { return fileName; }

    /**
     * Lets the host give this same answer to visitors who are not signed in, for up to seconds (the host
     * caps it at 5): for public lists whose counts may lag a few seconds. Never for answers that depend
     * on who asks. @since 1.1
     */
    public ModuleResponse publicFor(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must be positive, got: " + seconds);
        }
        this.publicSeconds = seconds;
        return this;
    }

    /** How long the host may reuse this answer for visitors; 0 when not at all. */
    public int publicSeconds() { return publicSeconds; }
}
