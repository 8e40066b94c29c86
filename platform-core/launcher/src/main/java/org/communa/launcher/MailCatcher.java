package org.communa.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The development mail catcher of `./communa run`: an SMTP server (GreenMail) that keeps every e-mail the
 * platform sends, and a page listing them, newest first, with their links clickable, so that a newcomer can
 * confirm an account or read a notification without a mail server. Both listen on the loopback only.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer page;

    private MailCatcher(GreenMail smtp, HttpServer page) {
        this.smtp = smtp;
        this.page = page;
    }

    static MailCatcher start(int smtpPort, int pagePort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer page = HttpServer.create(new InetSocketAddress("127.0.0.1", pagePort), 0);
            MailCatcher catcher = new MailCatcher(smtp, page);
            page.createContext("/", exchange -> {
                byte[] html = catcher.html().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                exchange.sendResponseHeaders(200, html.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(html);
                }
            });
            page.start();
            return catcher;
        } catch (IOException e) {
            smtp.stop();
            throw new LauncherException("cannot open the mail catcher's page on port " + pagePort + ": " + e.getMessage(), e);
        }
    }

    /** The caught e-mails, newest first; links in their text are clickable. */
    String html() {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Communa · e-mails</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
                article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap}</style></head><body>
                <h1>E-mails sent by ./communa run</h1><p>Nothing leaves this machine: the platform's e-mails stop here.
                Reload to see new ones.</p>
                """);
        List<MimeMessage> messages = List.of(smtp.getReceivedMessages());
        if (messages.isEmpty()) {
            html.append("<p>No e-mail yet. Sign up on an organisation's site, then come back.</p>");
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><p>To: ")
                        .append(escape(String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())))
                        .append(" · ").append(escape(String.valueOf(message.getSentDate()))).append("</p><pre>")
                        .append(linked(escape(text(message)))).append("</pre></article>");
            } catch (MessagingException e) {
                html.append("<article><p>An e-mail that cannot be read: ").append(escape(e.getMessage())).append("</p></article>");
            }
        }
        return html.append("</body></html>").toString();
    }

    /** The plain-text part, decoded (our e-mails always have one, maybe inside an alternative), or the raw body. */
    private static String text(MimeMessage message) {
        try {
            String text = plain(message);
            if (text != null) {
                return text;
            }
        } catch (IOException | MessagingException e) {
            // fall back to the raw body below
        }
        return GreenMailUtil.getBody(message);
    }

    private static String plain(jakarta.mail.Part part) throws IOException, MessagingException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String found = plain(parts.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String linked(String escaped) {
        return escaped.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        page.stop(0);
        smtp.stop();
    }
}
