package org.communa.server.http;

import java.sql.SQLException;
import org.communa.kernel.problem.Problem;

/**
 * What PostgreSQL refuses because of a value a request carried is the caller's fault, not the server's: a
 * data exception (class 22: a NUL character in a text, a number out of range, a date that does not exist, a
 * text too long) or a check constraint is a 400, a duplicate a 409. Use cases check what they can first;
 * this is the last word for the values they did not foresee (found by the fuzz of every operation).
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /** The refusal a database error stands for, or null when the error is the server's. */
    static Problem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22")) {
                    return Problem.badRequest("a value of the request cannot be stored: " + reason(state));
                }
                if (state.equals("23514")) {
                    return Problem.badRequest("a value of the request is outside what is allowed");
                }
                if (state.equals("23505")) {
                    return Problem.conflict("this already exists");
                }
            }
        }
        return null;
    }

    private static String reason(String state) {
        return switch (state) {
            case "22021" -> "a text contains a character that cannot be stored (such as NUL)";
            case "22001" -> "a text is too long";
            case "22003" -> "a number is out of range";
            case "22007", "22008" -> "a date or time does not exist";
            case "22P02" -> "a value does not have the expected form";
            default -> "it is not valid (" + state + ")";
        };
    }
}
