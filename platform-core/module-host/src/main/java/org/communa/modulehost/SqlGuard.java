package org.communa.modulehost;

import java.util.regex.Pattern;

/**
 * Refuses module statements that would step outside the role and organisation the host set for the
 * transaction, or smuggle a second statement: a module statement reads or changes data (SELECT, WITH,
 * INSERT, UPDATE, DELETE, VALUES, TABLE, MERGE) and nothing else, and may not call set_config, name the
 * settings isolation reads, or spell names with Unicode escapes. The database role does the enforcing
 * (see {@link ModuleRoles}); this closes the one door a role cannot: switching back to the session's role.
 */
final class SqlGuard {

    private static final Pattern DATA_STATEMENT = Pattern.compile(
            "^[\\s(]*(select|with|insert|update|delete|values|table|merge)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "set_config|communa\\.(tenant_id|migrating)|\\bu&['\"]|\\bset\\s+(local\\s+|session\\s+)?(role|session|authorization)\\b"
            + "|\\breset\\s+(role|all|session)\\b|\\bdiscard\\b",
            Pattern.CASE_INSENSITIVE);

    private SqlGuard() {
    }

    static void check(String statement) {
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("empty SQL statement");
        }
        String trimmed = MigrationScriptRules.withoutComments(statement).strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.contains(";")) {
            throw new IllegalArgumentException("one statement at a time, with values as ? parameters: " + statement);
        }
        if (!DATA_STATEMENT.matcher(trimmed).find()) {
            throw new IllegalArgumentException("a module statement reads or changes data (select, with, insert, update, "
                    + "delete, values, table, merge); it may not change the transaction, role, settings or schema: " + statement);
        }
        if (FORBIDDEN.matcher(trimmed).find()) {
            throw new IllegalArgumentException("a module statement may not change the transaction, role, settings or "
                    + "organisation: " + statement);
        }
    }
}
