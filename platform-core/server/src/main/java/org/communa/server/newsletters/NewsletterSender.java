package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.jobs.JobQueue;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.server.mail.SmtpSessions;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.Platform;

/**
 * Sends newsletters that are due, a batch at a time, at the instance's rate, on one process of the
 * instance at a time (a recurring job claimed in the database). Starting a newsletter fixes its recipients
 * (one delivery row each). Each e-mail is marked 'sending' before it goes to the mail server and 'sent'
 * after, each in its own transaction: after a stop, the pass that follows finds at most the one e-mail
 * that was being handed over still 'sending', marks it 'unknown' and does not send it again. Nobody
 * receives the same newsletter twice, and everyone else still gets theirs.
 */
@ApplicationScoped
public class NewsletterSender implements Platform.JobRegistration {

    private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());
    static final int BATCH = 500;

    @Inject SystemTransactions system;
    @Inject TenantTransactions transactions;
    @Inject SmtpSessions smtp;
    @Inject CommunaSettings settings;
    @Inject jakarta.enterprise.inject.Instance<Platform> platform;
    private final Throttle throttle = new Throttle();

    private record Due(TenantId tenant, UUID newsletter) {
    }

    /** What every e-mail of a newsletter needs: its content, the organisation's name and the start of its links. */
    private record Letter(StoredNewsletter newsletter, String organisation, String base) {
    }

    @Override
    public void register(JobQueue queue) {
        queue.recurring("newsletter-send", Duration.ofSeconds(1), this::sendDue);
    }

    /** One pass: a batch of each due newsletter in turn, until all are sent or the pass's time is up. */
    public void sendDue() {
        Instant end = Instant.now().plus(settings.newsletterBatch());
        Deque<Due> due = new ArrayDeque<>(system.read(connection -> {
            List<Due> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select tenant_id, id from newsletters "
                    + "where state = 'sending' or (state = 'scheduled' and send_at <= now()) order by send_at");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new Due(new TenantId((UUID) rs.getObject(1)), (UUID) rs.getObject(2)));
                }
            }
            return found;
        }));
        throttle.rate(settings.newsletterRate());
        while (!due.isEmpty() && Instant.now().isBefore(end) && !Thread.currentThread().isInterrupted()) {
            Due next = due.poll();
            try {
                if (sendBatch(next.tenant(), next.newsletter())) {
                    due.add(next);
                }
            } catch (RuntimeException e) {
                // one organisation's failure (its mail server...) must not hold back the others
                LOG.log(Level.WARNING, "newsletter " + next.newsletter() + " of organisation " + next.tenant() + " failed", e);
            }
        }
    }

    /** Sends one batch; true when recipients remain. */
    boolean sendBatch(TenantId tenant, UUID id) {
        ModuleData data = platform.get().moduleConnections().host(tenant,
                new ActionContext("newsletters", null, null));
        Letter letter = transactions.inTenant(tenant, em -> {
            StoredNewsletter newsletter = StoredNewsletter.lock(em, id);
            if ("scheduled".equals(newsletter.state())) {
                em.createNativeQuery("update newsletters set state = 'sending', started_at = now() where id = ?1")
                        .setParameter(1, id).executeUpdate();
                newsletter.audience().bind(em.createNativeQuery("insert into newsletter_deliveries (newsletter_id, participant_id) "
                        + "select cast(?5 as uuid), r.id from (" + Audience.RECIPIENTS + ") r on conflict do nothing")
                        .setParameter(5, id.toString())).executeUpdate();
            } else if (!"sending".equals(newsletter.state())) {
                return null; // cancelled or finished meanwhile
            }
            // left 'sending' by a pass that stopped while handing it over: it may have gone out, so never again
            em.createNativeQuery("update newsletter_deliveries set state = 'unknown', error = 'the sending process stopped "
                    + "while handing this e-mail to the mail server' where newsletter_id = ?1 and state = 'sending'")
                    .setParameter(1, id).executeUpdate();
            Sender sender = Sender.of(em, settings);
            return new Letter(StoredNewsletter.read(em, id), sender.organisation(), sender.base());
        });
        if (letter == null) {
            return false;
        }
        List<Row> next = data.read(sql -> sql.query("""
                select d.id, p.email, p.locale, (p.newsletter_consent_at is not null and p.deleted_at is null
                                                 and p.blocked_at is null and p.email is not null) as eligible
                  from newsletter_deliveries d join participants p on p.id = d.participant_id
                 where d.newsletter_id = ? and d.state = 'pending' order by d.id limit ?""", id, BATCH));
        // who withdrew consent or left since the recipients were fixed is skipped, not sent
        List<String> skipped = next.stream().filter(r -> !r.bool("eligible")).map(r -> r.uuid("id").toString()).toList();
        if (!skipped.isEmpty()) {
            data.write(sql -> sql.update("update newsletter_deliveries set state = 'skipped' where id = any(cast(? as uuid[]))",
                    "{" + String.join(",", skipped) + "}"));
        }
        List<Row> recipients = next.stream().filter(r -> r.bool("eligible")).toList();
        if (recipients.isEmpty() && !next.isEmpty()) {
            return true;
        }
        if (recipients.isEmpty()) {
            transactions.runInTenant(tenant, em -> em.createNativeQuery("update newsletters set state = 'sent', finished_at = now() "
                    + "where id = ?1 and state = 'sending'").setParameter(1, id).executeUpdate());
            return false;
        }
        try (DeliveryMarks marks = new DeliveryMarks(platform.get().database().appPool(), tenant)) {
            send(tenant, marks, letter, recipients);
        }
        return true;
    }

    private void send(TenantId tenant, DeliveryMarks marks, Letter letter, List<Row> recipients) {
        SmtpSessions.OrganisationSmtp mailServer = smtp.forOrganisation(tenant);
        NewsletterContent content = letter.newsletter().content();
        Map<String, NewsletterMail.Rendered> rendered = new HashMap<>();
        UUID handedOver = null;
        try (Transport transport = mailServer.session().getTransport("smtp")) {
            transport.connect();
            for (Row recipient : recipients) {
                if (!throttle.awaitSlot()) {
                    break; // the process is stopping: the rest stay pending for the next pass
                }
                UUID delivery = recipient.uuid("id");
                // composed before it is marked: a failure here (a server stopping under us) leaves it pending, not in doubt
                MimeMessage message = rendered.computeIfAbsent(content.languageFor(recipient.string("locale")),
                        language -> NewsletterMail.Rendered.of(letter.organisation(), letter.base(), content, language, false))
                        .to(mailServer.session(), mailServer.from(), recipient.string("email"),
                                letter.base() + "/newsletter/unsubscribe/" + delivery);
                marks.handOver(handedOver, delivery);
                handedOver = null;
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    handedOver = delivery;
                } catch (SendFailedException refused) {
                    // the mail server refused this address: final for this recipient, the others go on
                    marks.failed(delivery, String.valueOf(refused.getMessage()));
                }
            }
        } catch (MessagingException e) {
            // the connection failed: what was being handed over stays 'sending' (then 'unknown'), the rest waits
            LOG.log(Level.WARNING, "newsletter " + letter.newsletter().id() + ": the mail server failed, will try again", e);
        } finally {
            if (handedOver != null) {
                marks.handOver(handedOver, null);
            }
        }
    }
}
