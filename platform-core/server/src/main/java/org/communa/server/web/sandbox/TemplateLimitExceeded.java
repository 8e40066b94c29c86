package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A render stopped because it went over one of its {@link TemplateLimits}: the template's fault, never the server's.
 * Its message is for logs and the API; its kind and arguments name the limit for the admins' own language
 * (message key {@code admin.templates.limit.KIND}: admins read it, in French or English).
 */
public class TemplateLimitExceeded extends PebbleException {

    private final String kind;
    private final transient Object[] arguments;

    public TemplateLimitExceeded(String message, String kind, Object... arguments) {
        super(null, message);
        this.kind = kind;
        this.arguments = arguments.clone();
    }

    /** The message key of this limit in the interface's texts. */
    public String messageKey() {
        return "admin.templates.limit." + kind;
    }

    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The limit in plain words: no render position, which a limit has none of (Pebble would add " (?:?)"). */
    @Override
    public String getMessage() {
        return getPebbleMessage();
    }
}
