package org.communa.server.http;

import java.util.UUID;
import org.communa.kernel.problem.Problem;

/** Ids from addresses and forms: never trusted, always parsed, with an answer a client understands. */
public final class Ids {

    private Ids() {
    }

    /** An id in an address: one that is not an id names nothing here (404). */
    public static UUID inPath(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.notFound("no " + what + " " + text);
        }
    }

    /** An optional id in a form or body: blank is none, anything else must be an id (400). */
    public static UUID optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("not an id: " + text);
        }
    }
}
