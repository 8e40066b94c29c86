package org.communa.module.api.http;

/** What a module answers: status, media type and body. Errors use {@link #problem}. */
public final class ModuleResponse {

    private final int status;
    private final String contentType;
    private final String body;

    private ModuleResponse(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    public static ModuleResponse json(int status, String json) {
        return new ModuleResponse(status, "application/json", json);
    }

    public static ModuleResponse html(int status, String html) {
        return new ModuleResponse(status, "text/html;charset=utf-8", html);
    }

    /** An RFC 9457 problem; the host renders it like its own errors. */
    public static ModuleResponse problem(int status, String detail) {
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        return new ModuleResponse(status, "application/problem+json",
                "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + escaped + "\"}");
    }

    public int status() { return status; }
    public String contentType() { return contentType; }
    public String body() { return body; }
}
