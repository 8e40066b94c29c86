package org.communa.kernel.problem;

/**
 * A failure the caller can act on, rendered as RFC 9457 problem+json by the server. Use cases throw it
 * instead of returning error codes so that a transaction in progress is rolled back.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String title;
    private String messageKey;
    private Object[] messageArguments = new Object[0];

    public Problem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Invalid request", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail);
    }

    /** Well-formed, but what it names cannot be used (another server's actor that cannot be read, say). */
    public static Problem unprocessable(String detail) {
        return new Problem(422, "Unprocessable request", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail);
    }

    /**
     * Names the participant-facing wording of this refusal in the interface's message bundles, so that
     * web pages show it in the reader's language; the API keeps the English {@link #detail()}.
     */
    public Problem explainedAs(String key, Object... arguments) {
        this.messageKey = key;
        this.messageArguments = arguments.clone();
        return this;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
