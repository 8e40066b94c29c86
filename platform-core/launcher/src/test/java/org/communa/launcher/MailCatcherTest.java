package org.communa.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** `./communa run`'s mail catcher keeps what is sent to it and lists it on its page, links clickable, markup escaped. */
class MailCatcherTest {

    @Test
    void anEmailSentToTheCatcherIsListedWithItsLinkClickable() throws Exception {
        int smtp = freePort();
        int page = freePort();
        try (MailCatcher catcher = MailCatcher.start(smtp, page)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("participation@eau.localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("habitante@example.org"));
            message.setSubject("Confirmez votre adresse · Eau de la Métropole", "UTF-8");
            // as the platform sends them: a text and an HTML alternative inside a mixed body, the text quoted-printable
            jakarta.mail.internet.MimeMultipart alternative = new jakarta.mail.internet.MimeMultipart("alternative");
            jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
            text.setText("Réponse à « Fontaine » : http://eau.localhost:8080/account/confirm?token=abc <script>", "UTF-8");
            text.setHeader("Content-Transfer-Encoding", "quoted-printable");
            jakarta.mail.internet.MimeBodyPart rich = new jakarta.mail.internet.MimeBodyPart();
            rich.setContent("<p>Réponse</p>", "text/html; charset=UTF-8");
            alternative.addBodyPart(text);
            alternative.addBodyPart(rich);
            jakarta.mail.internet.MimeBodyPart wrapped = new jakarta.mail.internet.MimeBodyPart();
            wrapped.setContent(alternative);
            message.setContent(new jakarta.mail.internet.MimeMultipart("mixed", wrapped));
            Transport.send(message);

            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + page + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).contains("Confirmez votre adresse · Eau de la Métropole").contains("habitante@example.org")
                    .contains("<a href=\"http://eau.localhost:8080/account/confirm?token=abc\">").contains("&lt;script&gt;")
                    .contains("Réponse à « Fontaine »")
                    .doesNotContain("<script>");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
