package org.communa.module.api;

/**
 * A request the module refuses, with the HTTP status and a detail for the person who sent it. Thrown
 * from a route; the host answers it as an RFC 9457 problem like its own errors. It is not a fault of the
 * module and never counts towards quarantine.
 */
public class ModuleProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private String messageKey;
    private Object[] messageArguments = new Object[0];

    public ModuleProblem(int status, String detail) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a module problem is a 4xx answer, got " + status);
        }
        this.status = status;
    }

    public static ModuleProblem badRequest(String detail) { return new ModuleProblem(400, detail); }
    public static ModuleProblem unauthorized(String detail) { return new ModuleProblem(401, detail); }
    public static ModuleProblem forbidden(String detail) { return new ModuleProblem(403, detail); }
    public static ModuleProblem notFound(String detail) { return new ModuleProblem(404, detail); }
    public static ModuleProblem conflict(String detail) { return new ModuleProblem(409, detail); }

    public int status() { return status; }

    /**
     * Names the wording of this refusal for people: a key of the module's message bundles (or the
     * platform's), with its arguments. Pages then show it in the reader's language; the API keeps the
     * detail. @since 1.1
     */
    public ModuleProblem explainedAs(String key, Object... arguments) {
        this.messageKey = key;
        this.messageArguments = arguments.clone();
        return this;
    }

    /** @since 1.1 */
    public String messageKey() { return messageKey; }

    /** @since 1.1 */
    public Object[] messageArguments() { return messageArguments.clone(); }

    /**
     * The refusal for a page's model: the theme's {@code refusal(problem)} function writes it in the
     * reader's language when it has a wording, else shows the detail. @since 1.1
     */
    public java.util.Map<String, Object> toModel() {
        java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("detail", getMessage());
        model.put("key", messageKey == null ? "" : messageKey);
        model.put("arguments", java.util.List.of(messageArguments));
        return model;
    }
}
