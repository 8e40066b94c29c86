package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.mail.SmtpSessions;
import org.communa.server.platform.CommunaSettings;

/**
 * Sends a newsletter to the admin who asks, in one of its languages, marked as a test, at once: the admin
 * sees what participants will receive, and learns now if the mail server refuses it. Its unsubscribe link
 * leads to the admin's account page (a test has no delivery to withdraw from).
 */
@ApplicationScoped
public class SendTestNewsletter {

    @Inject TenantTransactions transactions;
    @Inject SmtpSessions smtp;
    @Inject CommunaSettings settings;

    private record Context(StoredNewsletter newsletter, String email, String locale, Sender sender) {
    }

    /** Answers the address the test went to. */
    public String send(TenantId tenant, UUID admin, UUID id, String language) {
        Context context = transactions.inTenant(tenant, em -> {
            Object[] person = (Object[]) em.createNativeQuery("select email, locale from participants where id = ?1")
                    .setParameter(1, admin).getSingleResult();
            return new Context(StoredNewsletter.read(em, id), (String) person[0], (String) person[1], Sender.of(em, settings));
        });
        if (context.email() == null) {
            throw Problem.unprocessable("your account has no e-mail address to send the test to");
        }
        NewsletterContent content = context.newsletter().content();
        String chosen = content.languageFor(language, context.locale());
        String base = context.sender().base();
        SmtpSessions.OrganisationSmtp mailServer = smtp.forOrganisation(tenant);
        try {
            Transport.send(NewsletterMail.compose(mailServer.session(), mailServer.from(), context.sender().organisation(), base, content,
                    new NewsletterMail.Recipient(context.email(), chosen, base + "/account"), true));
        } catch (MessagingException e) {
            throw new Problem(502, "Bad Gateway", "the mail server did not take the test e-mail: " + e.getMessage());
        }
        return context.email();
    }
}
