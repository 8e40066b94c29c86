package org.communa.modulehost;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module migration may not say, refused before anything runs. A migration runs as the module's owner
 * role; these are the ways it could still leave that role or plant code that later steps outside the
 * organisation: switching role or session, changing the settings row-level security reads, and creating
 * functions or anonymous blocks (whose dynamic SQL no check could read). Tables, indexes, views, constraints,
 * triggers on the built-in functions and data changes are what migrations are for, and stay allowed.
 */
final class MigrationScriptRules {

    private record Rule(Pattern pattern, String reason) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b(set|reset)\\s+(local\\s+|session\\s+)?(role|session\\s+authorization)\\b|\\breset\\s+all\\b",
                    Pattern.CASE_INSENSITIVE), "it switches the database role"),
            new Rule(Pattern.compile("set_config|communa\\.(tenant_id|migrating)", Pattern.CASE_INSENSITIVE),
                    "it changes a setting the host's isolation reads"),
            new Rule(Pattern.compile("\\bcreate\\s+(or\\s+replace\\s+)?(function|procedure|aggregate|language|extension|event\\s+trigger|rule)\\b",
                    Pattern.CASE_INSENSITIVE), "it creates code that runs in the database (functions, procedures, rules, extensions)"),
            new Rule(Pattern.compile("(^|;)\\s*do\\s", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE), "it runs an anonymous code block (DO)"),
            new Rule(Pattern.compile("\\bu&['\"]", Pattern.CASE_INSENSITIVE), "it spells a name or string with Unicode escapes (U&)"),
            new Rule(Pattern.compile("\\b(grant|revoke)\\b", Pattern.CASE_INSENSITIVE), "it grants or revokes privileges (the host gives the module's roles theirs)"),
            new Rule(Pattern.compile("\\bsecurity\\s+definer\\b|\\bno\\s+force\\s+row\\s+level\\s+security\\b|\\bdisable\\s+row\\s+level\\s+security\\b",
                    Pattern.CASE_INSENSITIVE), "it weakens row-level security"));

    private MigrationScriptRules() {
    }

    /** Throws, naming the module, the script, the line and the reason, at the first rule the script breaks. */
    static void check(String moduleKey, MigrationScript script) {
        String sql = withoutComments(script.sql());
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(sql);
            if (matcher.find()) {
                int line = (int) sql.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new ModuleRefused("migration " + script.filename() + " of module " + moduleKey
                        + " is refused: " + rule.reason() + " (line " + line + ": \"" + matcher.group().strip() + "\")");
            }
        }
    }

    /**
     * The script with its comments blanked (line breaks kept, so line numbers still hold). Quoted strings,
     * quoted names and dollar-quoted bodies are kept whole, so that a "--" inside one cannot hide what follows it.
     */
    static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                blank(sql, i, end, out);
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
                blank(sql, i, end, out);
            } else if (c == '\'' || c == '"') {
                end = closingQuote(sql, i, c == '\'' && i > 0 && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E'));
                out.append(sql, i, end);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                end = sql.indexOf(tag, i + tag.length());
                end = end < 0 ? sql.length() : end + tag.length();
                out.append(sql, i, end);
            } else {
                out.append(c);
                end = i + 1;
            }
            i = end;
        }
        return out.toString();
    }

    /** Just past the quote that closes the one at {@code at}; in an E'...' string a backslash escapes the next character. */
    private static int closingQuote(String sql, int at, boolean backslashEscapes) {
        char quote = sql.charAt(at);
        for (int i = at + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return sql.length();
    }

    private static String dollarTag(String sql, int at) {
        Matcher tag = DOLLAR_TAG.matcher(sql).region(at, sql.length());
        return tag.lookingAt() ? tag.group() : null;
    }

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([\\p{L}_][\\p{L}\\p{N}_]*)?\\$");

    private static void blank(String sql, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(sql.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
