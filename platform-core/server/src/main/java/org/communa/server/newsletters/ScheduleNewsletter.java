package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * Sends a draft now or at a set time (the sending job takes it when due), or stops it: a scheduled
 * newsletter goes back to draft, one being sent is cancelled (who received it keeps it, nobody else gets it).
 */
@ApplicationScoped
public class ScheduleNewsletter {

    @Inject TenantTransactions transactions;

    /** at null: now. */
    public void send(TenantId tenant, UUID id, OffsetDateTime at) {
        transactions.runInTenant(tenant, em -> {
            StoredNewsletter newsletter = StoredNewsletter.lock(em, id);
            if (!newsletter.isDraft()) {
                throw Problem.conflict("this newsletter is already " + newsletter.state()).explainedAs("admin.newsletters.problem.notDraft");
            }
            if (at != null && at.isBefore(OffsetDateTime.now().minusMinutes(1))) {
                throw Problem.unprocessable("the sending time " + at + " is past").explainedAs("admin.newsletters.problem.past");
            }
            if (NewsletterQueries.countRecipients(em, newsletter.audience()) == 0) {
                throw Problem.unprocessable("nobody in this audience has consented to newsletters yet")
                        .explainedAs("admin.newsletters.problem.nobody");
            }
            em.createNativeQuery("update newsletters set state = 'scheduled', send_at = coalesce(cast(?2 as timestamptz), now()), updated_at = now() "
                    + "where id = ?1").setParameter(1, id).setParameter(2, at).executeUpdate();
        });
    }

    public void cancel(TenantId tenant, UUID id) {
        transactions.runInTenant(tenant, em -> {
            StoredNewsletter newsletter = StoredNewsletter.lock(em, id);
            String next = switch (newsletter.state()) {
                case "scheduled" -> "draft";
                case "sending" -> "cancelled";
                default -> throw Problem.conflict("a newsletter " + newsletter.state() + " cannot be cancelled")
                        .explainedAs("admin.newsletters.problem.notCancellable");
            };
            em.createNativeQuery("update newsletters set state = cast(?2 as text), "
                    + "send_at = case when cast(?2 as text) = 'draft' then null else send_at end, "
                    + "finished_at = case when cast(?2 as text) = 'cancelled' then now() end, updated_at = now() where id = ?1")
                    .setParameter(1, id).setParameter(2, next).executeUpdate();
        });
    }
}
