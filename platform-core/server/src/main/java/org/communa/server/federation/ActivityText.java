package org.communa.server.federation;

import java.util.regex.Pattern;

/**
 * Text between our plain-text comments and the HTML of ActivityStreams content: escaped one way,
 * reduced to its text the other (comments are stored and shown as plain text, so nothing of the
 * remote markup survives to be rendered).
 */
final class ActivityText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>\\s*<p[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private ActivityText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String toPlainText(String html) {
        String text = TAGS.matcher(BREAKS.matcher(html).replaceAll("\n")).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.strip();
    }
}
