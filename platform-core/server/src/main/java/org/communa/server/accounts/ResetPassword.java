package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import java.time.Duration;
import java.util.Optional;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.security.PasswordHasher;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.mail.MailQueue;
import org.communa.server.mail.OutgoingMail;

/**
 * Forgotten password: a request e-mails a one-hour link to a known address (and the answer does not
 * say whether it was known); following it sets a new password, ends every session and lifts the sign-in
 * lockout of the account (the refusal tells a locked-out participant to reset their password).
 */
@ApplicationScoped
public class ResetPassword {

    static final Duration VALIDITY = Duration.ofHours(1);
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;
    @Inject MailQueue mail;
    @Inject org.communa.tenants.OrganisationRegistry registry;
    @Inject SignInThrottle throttle;
    private final PasswordHasher hasher = new PasswordHasher();

    public void request(TenantId tenant, String baseUrl, String email) {
        Optional<OutgoingMail> message = transactions.inTenant(tenant, em -> ParticipantQueries.byEmail(em, email)
                .map(p -> AccountEmails.compose("reset", p.locale(), p.email(), baseUrl + "/account/password-reset?token="
                        + ParticipantQueries.issueToken(em, p.id(), EmailToken.Purpose.reset, VALIDITY, null),
                        registry.get(tenant.value()).spec().name())));
        message.ifPresent(m -> mail.send(tenant, m));
    }

    public void reset(TenantId tenant, String token, String newPassword) {
        String hash = hasher.hash(newPassword);
        String email = transactions.inTenant(tenant, em -> {
            EmailToken found = ParticipantQueries.token(em, token);
            found.use(EmailToken.Purpose.reset);
            Participant participant = em.find(Participant.class, found.participantId());
            participant.changePasswordHash(hash);
            participant.confirm(); // the link proved the address
            ParticipantQueries.endAllSessions(em, participant.id());
            return participant.email();
        });
        caches.sessions().invalidate(tenant);
        throttle.succeeded(SignIn.accountKey(tenant, email));
    }
}
