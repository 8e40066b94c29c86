package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/** Follows a link from an e-mail: confirms a new account, or moves an account to its new address. */
@ApplicationScoped
public class ConfirmEmail {

    @Inject TenantTransactions transactions;

    /** Whose address was confirmed, and whether it was a new account's (rather than a change of address). */
    public record Confirmed(java.util.UUID participantId, boolean newAccount, boolean blocked) {
    }

    public Confirmed confirm(TenantId tenant, String token) {
        return transactions.inTenant(tenant, em -> {
            EmailToken found = ParticipantQueries.token(em, token);
            Participant participant = em.find(Participant.class, found.participantId());
            if (found.newEmail() == null) {
                found.use(EmailToken.Purpose.confirm);
            } else {
                found.use(EmailToken.Purpose.change_email);
                if (ParticipantQueries.byEmail(em, found.newEmail()).isPresent()) {
                    throw Problem.conflict("this address is already used by another account").explainedAs("problem.emailTaken");
                }
                participant.changeEmail(found.newEmail());
            }
            participant.confirm();
            return new Confirmed(participant.id(), found.newEmail() == null, participant.blocked());
        });
    }
}
