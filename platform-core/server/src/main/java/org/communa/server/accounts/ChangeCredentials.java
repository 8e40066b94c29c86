package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.PasswordHasher;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.mail.MailQueue;
import org.communa.server.mail.OutgoingMail;

/**
 * A signed-in participant changes password or e-mail address, proving the current password. A new
 * address takes effect only once its confirmation link is followed.
 */
@ApplicationScoped
public class ChangeCredentials {

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;
    @Inject MailQueue mail;
    @Inject org.communa.tenants.OrganisationRegistry registry;
    private final PasswordHasher hasher = new PasswordHasher();

    public void changePassword(TenantId tenant, CurrentParticipant current, String currentPassword, String newPassword) {
        String hash = hasher.hash(newPassword);
        transactions.runInTenant(tenant, em -> {
            Participant participant = ParticipantQueries.byId(em, current.id());
            requirePassword(participant, currentPassword);
            participant.changePasswordHash(hash);
            // other devices are signed out; this session stays
            em.createQuery("delete from SignInSession s where s.participantId = :p and s.id <> :keep")
                    .setParameter("p", participant.id()).setParameter("keep", current.sessionId()).executeUpdate();
        });
        caches.sessions().invalidate(tenant);
    }

    public void changeEmail(TenantId tenant, String baseUrl, CurrentParticipant current, String currentPassword, String newEmail) {
        Participant.normalise(newEmail);
        OutgoingMail message = transactions.inTenant(tenant, em -> {
            Participant participant = ParticipantQueries.byId(em, current.id());
            requirePassword(participant, currentPassword);
            String token = ParticipantQueries.issueToken(em, participant.id(), EmailToken.Purpose.change_email,
                    SignUp.CONFIRMATION_VALIDITY, newEmail.strip());
            return AccountEmails.compose("change_email", participant.locale(), newEmail.strip(),
                    baseUrl + "/account/confirm?token=" + token, registry.get(tenant.value()).spec().name());
        });
        mail.send(tenant, message);
    }

    void requirePassword(Participant participant, String password) {
        if (!hasher.matches(password, participant.passwordHash())) {
            throw Problem.forbidden("the current password is wrong").explainedAs("problem.currentPassword");
        }
    }
}
