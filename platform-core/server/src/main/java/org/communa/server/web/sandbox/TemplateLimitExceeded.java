package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.error.PebbleException;

/** A render stopped because it went over one of its {@link TemplateLimits}: the template's fault, never the server's. */
public class TemplateLimitExceeded extends PebbleException {

    public TemplateLimitExceeded(String message) {
        super(null, message);
    }

    /** The limit in plain words: no render position, which a limit has none of (Pebble would add " (?:?)"). */
    @Override
    public String getMessage() {
        return getPebbleMessage();
    }
}
