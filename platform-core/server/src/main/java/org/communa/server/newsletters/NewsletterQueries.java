package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/** Reads newsletters for their admins: the list, one with its progress, and how many an audience reaches now. */
@ApplicationScoped
public class NewsletterQueries {

    @Inject TenantTransactions transactions;
    @Inject org.communa.server.platform.CommunaSettings settings;

    /** The newest 200, each with its progress. */
    public List<JsonObject> list(TenantId tenant) {
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + StoredNewsletter.COLUMNS
                    + " from newsletters order by created_at desc limit 200").getResultList();
            return rows.stream().map(StoredNewsletter::of).map(n -> n.toJson(Progress.of(em, n.id()), null)).toList();
        });
    }

    /** The newsletter with its progress; before sending, how many its audience reaches today. */
    public JsonObject view(TenantId tenant, UUID id) {
        return transactions.inTenant(tenant, em -> {
            StoredNewsletter newsletter = StoredNewsletter.read(em, id);
            Long recipients = newsletter.startedAt() == null ? countRecipients(em, newsletter.audience()) : null;
            return newsletter.toJson(Progress.of(em, id), recipients);
        });
    }

    /** The e-mail's HTML in one language (the French one, or the first, when it has not that language). */
    public String preview(TenantId tenant, UUID id, String language) {
        return transactions.inTenant(tenant, em -> {
            Sender sender = Sender.of(em, settings);
            return NewsletterPreview.html(StoredNewsletter.read(em, id), sender.organisation(), language, sender.base());
        });
    }

    public long countRecipients(TenantId tenant, Audience audience) {
        return transactions.inTenant(tenant, em -> {
            audience.checkExists(em);
            return countRecipients(em, audience);
        });
    }

    static long countRecipients(EntityManager em, Audience audience) {
        return ((Number) audience.bind(em.createNativeQuery("select count(*) from (" + Audience.RECIPIENTS + ") r"))
                .getSingleResult()).longValue();
    }
}
