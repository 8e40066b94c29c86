package org.communa.module.api.federation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One resource as an ActivityStreams object, before the host adds ids, actors and addressing.
 *
 * @param type the ActivityStreams type: "Page", "Article", "Question", "Event"...
 * @param name its title, per language (the first one is the default "name"; all go to "nameMap")
 * @param content its text as HTML the platform made safe (plain text paragraphs, or sanitised HTML)
 * @param path where it is, relative to its component (its "url" once the host adds the address)
 * @param authorId the participant who wrote it, or null (attributed to the space then)
 * @param published when it was published; updated when it last changed (or null)
 * @param extra further properties the type needs ("startTime" of an Event...), plain JSON values (text, numbers, booleans, maps and, since 1.4, lists)
 */
public record FederatedObject(String type, Map<String, String> name, String content, String path, UUID authorId,
        OffsetDateTime published, OffsetDateTime updated, Map<String, Object> extra) {

    public FederatedObject {
        if (type == null || !type.matches("[A-Z][A-Za-z]{1,40}")) {
            throw new IllegalArgumentException("an ActivityStreams type is a capitalised word, got: " + type);
        }
        name = Map.copyOf(name);
        extra = Map.copyOf(extra);
    }

    /** Plain text (a proposal's body) as ActivityStreams content: escaped, its paragraphs and line breaks kept. */
    public static String textAsHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String escaped = paragraph.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            html.append("<p>").append(escaped.replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
