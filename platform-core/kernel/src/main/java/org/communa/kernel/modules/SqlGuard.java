package org.communa.kernel.modules;

import java.util.regex.Pattern;

/**
 * Refuses module statements that would step outside the organisation the host set for the transaction
 * (changing the tenant setting or the role) or smuggle a second statement. Row-level security does the
 * isolating; this only closes the doors a buggy module could open around it.
 */
final class SqlGuard {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "set_config|communa\\.tenant|\\bset\\s+(local\\s+|session\\s+)?(role|session|authorization)\\b|\\breset\\b"
            + "|\\bdiscard\\b|\\bcommit\\b|\\brollback\\b|\\bbegin\\b",
            Pattern.CASE_INSENSITIVE);

    private SqlGuard() {
    }

    static void check(String statement) {
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("empty SQL statement");
        }
        String trimmed = statement.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.contains(";")) {
            throw new IllegalArgumentException("one statement at a time, with values as ? parameters: " + statement);
        }
        if (FORBIDDEN.matcher(trimmed).find()) {
            throw new IllegalArgumentException("a module statement may not change the transaction, role or "
                    + "organisation: " + statement);
        }
    }
}
