package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/**
 * GDPR erasure by the participant: personal data is erased, roles, tokens and sessions removed, and
 * the account row stays as an anonymous "deleted participant" so that contributions remain readable
 * without anyone's name on them.
 */
@ApplicationScoped
public class DeleteAccount {

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;
    @Inject ChangeCredentials credentials;
    @Inject jakarta.enterprise.event.Event<AccountDeleted> deleted;

    public void delete(TenantId tenant, CurrentParticipant current, String password) {
        transactions.runInTenant(tenant, em -> {
            Participant participant = ParticipantQueries.byId(em, current.id());
            credentials.requirePassword(participant, password);
            participant.erase();
            em.createQuery("delete from RoleGrant g where g.participantId = :p").setParameter("p", participant.id()).executeUpdate();
            em.createQuery("delete from EmailToken t where t.participantId = :p").setParameter("p", participant.id()).executeUpdate();
            // the census proof goes; ballots cast with it keep their voter key, so the identifier cannot vote twice
            em.createNativeQuery("delete from participant_verifications where participant_id = ?").setParameter(1, participant.id())
                    .executeUpdate();
            ParticipantQueries.endAllSessions(em, participant.id());
        });
        caches.sessions().invalidate(tenant);
        deleted.fire(new AccountDeleted(tenant, current.id()));
    }

}
