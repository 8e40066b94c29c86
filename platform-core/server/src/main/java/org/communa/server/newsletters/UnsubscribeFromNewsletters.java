package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/**
 * One-click unsubscribe: the link of a newsletter e-mail withdraws its recipient's consent to newsletters,
 * without signing in (the link is the proof: a random id per e-mail). The withdrawal is in the action log.
 */
@ApplicationScoped
public class UnsubscribeFromNewsletters {

    public enum Outcome { UNSUBSCRIBED, ALREADY, UNKNOWN_LINK }

    @Inject TenantTransactions transactions;

    public Outcome unsubscribe(TenantId tenant, String token) {
        UUID delivery;
        try {
            delivery = UUID.fromString(token);
        } catch (IllegalArgumentException | NullPointerException notALink) {
            return Outcome.UNKNOWN_LINK;
        }
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select p.id, p.newsletter_consent_at is not null from newsletter_deliveries d "
                    + "join participants p on p.id = d.participant_id where d.id = ?1 for update of p").setParameter(1, delivery)
                    .getResultList();
            if (rows.isEmpty()) {
                return Outcome.UNKNOWN_LINK;
            }
            UUID participant = (UUID) rows.get(0)[0];
            if (!(Boolean) rows.get(0)[1]) {
                return Outcome.ALREADY;
            }
            em.createNativeQuery("update participants set newsletter_consent_at = null where id = ?1").setParameter(1, participant)
                    .executeUpdate();
            em.createNativeQuery("insert into action_log (participant_id, module_key, action, resource_type, resource_id) "
                    + "values (?1, 'core', 'unsubscribe_newsletter', 'participant', ?2)").setParameter(1, participant)
                    .setParameter(2, participant.toString()).executeUpdate();
            return Outcome.UNSUBSCRIBED;
        });
    }
}
