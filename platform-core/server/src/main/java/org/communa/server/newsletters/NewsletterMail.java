package org.communa.server.newsletters;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.communa.server.web.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One newsletter e-mail: HTML with a plain-text twin, links and images made absolute, and a one-click
 * unsubscribe (RFC 8058: List-Unsubscribe with an https address, List-Unsubscribe-Post) that mail
 * programs show next to the sender, plus the same link in the footer.
 */
final class NewsletterMail {

    /** Who it is for, in which language, and their unsubscribe address. */
    record Recipient(String email, String language, String unsubscribeUrl) {
    }

    private NewsletterMail() {
    }

    /**
     * The newsletter in one language, rendered once for all its readers of that language: only the
     * recipient's address and unsubscribe link differ from one e-mail to the next.
     */
    record Rendered(String organisation, String subject, String html, String text) {

        private static final String LINK = "\u0000unsubscribe\u0000";

        static Rendered of(String organisation, String base, NewsletterContent content, String language, boolean test) {
            String subject = (test ? "[" + Messages.text(language, "mail.newsletter.test") + "] " : "") + content.subject().get(language);
            Document body = absolute(content.body().get(language), base);
            String footer = Messages.text(language, "mail.newsletter.why", organisation);
            String unsubscribe = Messages.text(language, "mail.newsletter.unsubscribe");
            String text = organisation + "\n\n" + body.body().wholeText().strip() + "\n\n-- \n" + footer + "\n" + unsubscribe + ": "
                    + LINK + "\n";
            return new Rendered(organisation, subject, NewsletterMail.html(organisation, language, subject, body, LINK), text);
        }

        MimeMessage to(Session session, String from, String email, String unsubscribeUrl) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            InternetAddress sender = new InternetAddress(from);
            try {
                sender.setPersonal(organisation, "UTF-8");
            } catch (java.io.UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible); // every JVM has UTF-8
            }
            message.setFrom(sender);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email));
            message.setSubject(subject, "UTF-8");
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text.replace(LINK, unsubscribeUrl), "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html.replace(LINK, escape(unsubscribeUrl)), "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
            message.saveChanges();
            return message;
        }
    }

    static MimeMessage compose(Session session, String from, String organisation, String base, NewsletterContent content,
            Recipient to, boolean test) throws MessagingException {
        return Rendered.of(organisation, base, content, to.language(), test).to(session, from, to.email(), to.unsubscribeUrl());
    }

    /** The HTML of the e-mail (also its preview for admins). */
    static String html(String organisation, String language, String subject, Document body, String unsubscribeUrl) {
        String footer = Messages.text(language, "mail.newsletter.why", organisation);
        String unsubscribe = Messages.text(language, "mail.newsletter.unsubscribe");
        return "<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body style=\"margin:0;padding:16px;font-family:sans-serif;line-height:1.5;color:#1a1a1a\">"
                + "<div style=\"max-width:640px;margin:0 auto\"><p style=\"color:#555\">" + escape(organisation) + "</p>"
                + body.body().html()
                + "<hr><p style=\"font-size:13px;color:#555\">" + escape(footer) + " <a href=\"" + escape(unsubscribeUrl)
                + "\">" + escape(unsubscribe) + "</a></p></div></body></html>";
    }

    /** Links and images of the body made absolute: an e-mail is read away from the site. */
    static Document absolute(String html, String base) {
        Document document = Jsoup.parseBodyFragment(html, base);
        for (Element link : document.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : document.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        return document;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
