package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.mail.MailQueue;
import org.communa.server.mail.OutgoingMail;
import org.communa.server.persistence.SqlTimes;
import org.communa.server.persistence.TranslationsConverter;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.Platform;

/**
 * E-mails notifications as each participant chose: at once, in a daily or a weekly digest, or never
 * (they stay on the site). Runs every minute on one process of the instance. Notifications are marked
 * e-mailed in the organisation's transaction before their e-mail is queued, so that no one receives
 * the same notification twice, even if a process stops in between (at most once, by design).
 */
@ApplicationScoped
public class NotificationMailer implements Platform.JobRegistration {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    static final int MAX_PER_MAIL = 30;

    @Inject SystemTransactions system;
    @Inject TenantTransactions transactions;
    @Inject MailQueue mail;
    @Inject CommunaSettings settings;

    @Override
    public void register(JobQueue queue) {
        queue.recurring("notification-mail", settings.notificationMailEvery(), this::sendDue);
    }

    /** One pass over the organisations that have notifications not yet e-mailed. */
    public void sendDue() {
        List<UUID> tenants = system.read(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select distinct tenant_id from notifications where emailed_at is null");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add((UUID) rs.getObject(1));
                }
            }
            return ids;
        });
        for (UUID tenant : tenants) {
            try {
                sendDue(new TenantId(tenant));
            } catch (RuntimeException e) {
                // one organisation's failure (its mail settings...) must not hold back the others
                LOG.log(Level.WARNING, "notification e-mails of organisation " + tenant + " failed", e);
            }
        }
    }

    private record Recipient(UUID id, String email, String locale, String frequency, OffsetDateTime digestSentAt) {
    }

    private record Line(UUID id, String event, String title, String url) {
    }

    void sendDue(TenantId tenant) {
        List<OutgoingMail> outgoing = transactions.inTenant(tenant, em -> {
            String host = (String) em.createNativeQuery("select host from organisation_hosts where is_primary").getSingleResult();
            String orgName = (String) em.createNativeQuery("select name from organisations").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> people = em.createNativeQuery("""
                    select distinct p.id, p.email, p.locale, p.email_notifications, p.digest_sent_at
                      from participants p join notifications n on n.participant_id = p.id and n.emailed_at is null
                     where p.deleted_at is null""").getResultList();
            List<OutgoingMail> mails = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now();
            for (Object[] row : people) {
                Recipient r = new Recipient((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], SqlTimes.of(row[4]));
                Duration wait = switch (r.frequency()) {
                    case "daily" -> Duration.ofDays(1);
                    case "weekly" -> Duration.ofDays(7);
                    default -> Duration.ZERO;
                };
                if (r.digestSentAt() != null && r.digestSentAt().plus(wait).isAfter(now)) {
                    continue; // the next digest is not due yet: its notifications wait
                }
                List<Line> lines = pending(em, r.id());
                em.createNativeQuery("update notifications set emailed_at = now() where participant_id = ?1 and emailed_at is null")
                        .setParameter(1, r.id()).executeUpdate();
                if ("none".equals(r.frequency()) || r.email() == null || lines.isEmpty()) {
                    continue;
                }
                if (!wait.isZero()) {
                    em.createNativeQuery("update participants set digest_sent_at = now() where id = ?1").setParameter(1, r.id()).executeUpdate();
                }
                mails.add(NotificationEmails.compose(r.email(), r.locale(), orgName, settings.linkBase(host), lines.stream()
                        .map(l -> new NotificationEmails.Item(l.event(), l.title(), l.url())).toList(), !wait.isZero()));
            }
            return mails;
        });
        outgoing.forEach(m -> mail.send(tenant, m));
    }

    private static List<Line> pending(jakarta.persistence.EntityManager em, UUID participant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, event, title::text, url from notifications where participant_id = ?1 "
                + "and emailed_at is null order by created_at limit " + MAX_PER_MAIL).setParameter(1, participant).getResultList();
        return rows.stream().map(r -> new Line((UUID) r[0], (String) r[1], firstTitle((String) r[2]), (String) r[3])).toList();
    }

    private static String firstTitle(String json) {
        var titles = new TranslationsConverter().convertToEntityAttribute(json);
        return titles.getOrDefault("fr", titles.values().stream().findFirst().orElse(""));
    }
}
