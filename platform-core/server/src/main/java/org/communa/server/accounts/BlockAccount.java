package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;
import org.communa.server.persistence.Lookups;

/**
 * Moderators block an abusive account: its sessions end at once and it cannot sign in again until
 * unblocked. What it wrote stays under moderation like anyone's (reports, hiding). Recorded in the
 * organisation's action log.
 */
@ApplicationScoped
public class BlockAccount {

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    public void block(TenantId tenant, UUID moderator, String participantId, boolean blocked) {
        transactions.runInTenant(tenant, em -> {
            Participant participant = Lookups.byId(em, Participant.class, participantId).filter(p -> !p.deleted())
                    .orElseThrow(() -> Problem.notFound("no participant " + participantId));
            if (participant.id().equals(moderator)) {
                throw Problem.conflict("moderators cannot block their own account");
            }
            boolean admin = !em.createQuery("select g from RoleGrant g where g.participantId = :p and g.role = 'admin'")
                    .setParameter("p", participant.id()).getResultList().isEmpty();
            if (admin && blocked) {
                throw Problem.conflict("an admin's account cannot be blocked; remove the admin role first");
            }
            participant.block(blocked);
            if (blocked) {
                ParticipantQueries.endAllSessions(em, participant.id());
            }
            em.createNativeQuery("insert into action_log (participant_id, module_key, action, resource_type, resource_id) "
                    + "values (?1, 'core', ?2, 'participant', ?3)").setParameter(1, moderator)
                    .setParameter(2, blocked ? "block" : "unblock").setParameter(3, participant.id().toString()).executeUpdate();
        });
        caches.sessions().invalidate(tenant);
    }
}
