package org.communa.modulehost;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for HTML written by people (pages, proposals, comments, newsletters): text formatting,
 * headings, lists, quotes, tables, links and images over https; nothing that runs, restyles the page
 * or loads from elsewhere without the reader's click.
 */
public final class HtmlPolicy {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "pre",
                    "blockquote", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "figure", "figcaption", "a", "img")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
            .allowAttributes("lang").globally()
            .toFactory();

    private HtmlPolicy() {
    }

    /** Safe HTML; null stays null. Images over plain http are dropped: pages are served over https. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        return POLICY.sanitize(html.replaceAll("(?i)<img[^>]*src\\s*=\\s*[\"']?http:[^>]*>", ""));
    }

    /**
     * The text a reader sees in some HTML, entities decoded and blocks separated by a space (for search
     * documents and their extracts); the library's own parser reads it, so nothing of the markup survives.
     */
    public static String plainText(String html) {
        if (html == null || html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html == null ? "" : html;
        }
        StringBuilder text = new StringBuilder(html.length());
        org.owasp.html.HtmlSanitizer.sanitize(html, new org.owasp.html.HtmlSanitizer.Policy() {
            @Override public void openDocument() { }
            @Override public void closeDocument() { }
            @Override public void openTag(String name, java.util.List<String> attributes) { text.append(' '); }
            @Override public void closeTag(String name) { text.append(' '); }
            @Override public void text(String chunk) { text.append(chunk); }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
