package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.TranslationsConverter;

/** Writes a newsletter's draft: what it says and to whom. Once scheduled or sent, it no longer changes. */
@ApplicationScoped
public class SaveNewsletter {

    @Inject TenantTransactions transactions;

    public UUID create(TenantId tenant, UUID author, NewsletterContent content, Audience audience) {
        UUID id = UUID.randomUUID();
        transactions.runInTenant(tenant, em -> {
            audience.checkExists(em);
            em.createNativeQuery("insert into newsletters (id, subject, body, audience, created_by) values "
                    + "(?1, cast(?2 as jsonb), cast(?3 as jsonb), cast(?4 as jsonb), ?5)").setParameter(1, id)
                    .setParameter(2, TranslationsConverter.toJson(content.subject()).toString())
                    .setParameter(3, TranslationsConverter.toJson(content.body()).toString())
                    .setParameter(4, audience.toJson().toString()).setParameter(5, author).executeUpdate();
        });
        return id;
    }

    public void update(TenantId tenant, UUID id, NewsletterContent content, Audience audience) {
        transactions.runInTenant(tenant, em -> {
            if (!StoredNewsletter.lock(em, id).isDraft()) {
                throw Problem.conflict("this newsletter is scheduled or sent: cancel the schedule to change it, or write a new one")
                        .explainedAs("admin.newsletters.problem.notDraft");
            }
            audience.checkExists(em);
            em.createNativeQuery("update newsletters set subject = cast(?2 as jsonb), body = cast(?3 as jsonb), "
                    + "audience = cast(?4 as jsonb), updated_at = now() where id = ?1").setParameter(1, id)
                    .setParameter(2, TranslationsConverter.toJson(content.subject()).toString())
                    .setParameter(3, TranslationsConverter.toJson(content.body()).toString())
                    .setParameter(4, audience.toJson().toString()).executeUpdate();
        });
    }
}
