package org.communa.server.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the server sent to the test SMTP server (GreenMail). */
final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The newest message to the address whose subject contains the given text, waiting for the job queue. */
    static MimeMessage await(String address, String subjectContains) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage found = null;
            for (MimeMessage message : TestInfrastructure.mail.getReceivedMessages()) {
                try {
                    if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)
                            && message.getSubject().contains(subjectContains)) {
                        found = message;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (found != null) {
                return found;
            }
            sleep();
        }
        throw new AssertionError("no e-mail to " + address + " about '" + subjectContains + "' within 30 s");
    }

    static void awaitCount(String address, int expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(address) < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("fewer than " + expected + " e-mails to " + address + " within 30 s");
            }
            sleep();
        }
    }

    static int count(String address) {
        int n = 0;
        for (MimeMessage message : TestInfrastructure.mail.getReceivedMessages()) {
            try {
                if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)) {
                    n++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(MimeMessage message) {
        Matcher m = TOKEN.matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no link with a token in: " + body(message));
        }
        return m.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
