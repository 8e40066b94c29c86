package org.communa.server.newsletters;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.json.JsonFields;
import org.communa.modulehost.HtmlPolicy;
import org.communa.kernel.problem.Problem;
import org.communa.server.web.Messages;

/** What a newsletter says, per language: a subject in plain text and a body in HTML, sanitised when written. */
public record NewsletterContent(Map<String, String> subject, Map<String, String> body) {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 100_000;

    public static NewsletterContent fromJson(JsonObject json) {
        return of(JsonFields.requiredTranslations(json, "subject"), JsonFields.requiredTranslations(json, "body"));
    }

    /** Blank languages are dropped; each language with a subject needs a body and the other way round. */
    public static NewsletterContent of(Map<String, String> subject, Map<String, String> body) {
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        subject.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                subjects.put(language(language), text.strip());
            }
        });
        body.forEach((language, html) -> {
            String safe = HtmlPolicy.sanitize(html == null ? "" : html).strip();
            if (!safe.isEmpty()) {
                bodies.put(language(language), safe);
            }
        });
        if (subjects.isEmpty() || !subjects.keySet().equals(bodies.keySet())) {
            throw Problem.unprocessable("each language needs both a subject and a body; subjects in " + subjects.keySet()
                    + ", bodies in " + bodies.keySet()).explainedAs("admin.newsletters.problem.languages");
        }
        subjects.forEach((language, text) -> {
            if (text.length() > MAX_SUBJECT || text.contains("\n")) {
                throw Problem.badRequest("a subject is one line of at most " + MAX_SUBJECT + " characters (" + language + ")");
            }
        });
        bodies.forEach((language, html) -> {
            if (html.length() > MAX_BODY) {
                throw Problem.badRequest("a body has at most " + MAX_BODY + " characters of HTML (" + language + ")");
            }
        });
        return new NewsletterContent(Map.copyOf(subjects), Map.copyOf(bodies));
    }

    /** The language asked for when the newsletter has it, else the one of languageFor(locale). */
    String languageFor(String wanted, String locale) {
        return wanted != null && subject.containsKey(wanted) ? wanted : languageFor(locale);
    }

    /** The language a recipient reads: theirs when the newsletter has it, else French, else the first written. */
    String languageFor(String locale) {
        if (locale != null && subject.containsKey(locale)) {
            return locale;
        }
        return subject.containsKey("fr") ? "fr" : subject.keySet().stream().sorted().findFirst().orElseThrow();
    }

    private static String language(String language) {
        if (!Messages.LANGUAGES_LIST.contains(language)) {
            throw Problem.badRequest("newsletters are written in " + Messages.LANGUAGES_LIST + ", got: " + language);
        }
        return language;
    }
}
