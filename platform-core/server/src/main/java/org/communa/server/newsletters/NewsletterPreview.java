package org.communa.server.newsletters;

/**
 * The e-mail as a recipient will see it, for the admin page's frame: served with a policy of its own
 * that runs nothing, lets the e-mail's inline styles and https images show, and may be framed only by
 * the site itself.
 */
final class NewsletterPreview {

    static final String POLICY = "default-src 'none'; img-src https: 'self' data:; style-src 'unsafe-inline'; sandbox; "
            + "frame-ancestors 'self'";

    private NewsletterPreview() {
    }

    static String html(StoredNewsletter newsletter, String organisation, String language, String base) {
        NewsletterContent content = newsletter.content();
        String chosen = content.languageFor(language, null);
        return NewsletterMail.html(organisation, chosen, content.subject().get(chosen),
                NewsletterMail.absolute(content.body().get(chosen), base), base + "/account");
    }
}
