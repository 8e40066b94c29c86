package org.communa.server.participation;

import java.util.List;
import org.communa.server.mail.OutgoingMail;
import org.communa.server.web.Messages;

/** The notification e-mail, in the participant's language: what happened, where to look, how to change how often. */
final class NotificationEmails {

    record Item(String event, String title, String url) {
    }

    private NotificationEmails() {
    }

    static OutgoingMail compose(String to, String locale, String organisation, String base, List<Item> items, boolean digest) {
        String language = Messages.LANGUAGES_LIST.contains(locale) ? locale : "fr";
        String subject = Messages.text(language, digest ? "mail.notifications.digest" : "mail.notifications.subject", items.size(), organisation);
        StringBuilder body = new StringBuilder(Messages.text(language, "mail.notifications.hello")).append("\n\n");
        for (Item item : items) {
            body.append("- ").append(Messages.text(language, "notifications.event." + item.event(), item.title())).append('\n')
                    .append("  ").append(base).append(item.url()).append("\n\n");
        }
        body.append(Messages.text(language, "mail.notifications.settings", base + "/account"));
        return new OutgoingMail(to, subject, body.toString());
    }
}
