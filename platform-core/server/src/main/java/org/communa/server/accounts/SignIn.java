package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.PasswordHasher;
import org.communa.kernel.security.SecretTokens;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;

/**
 * Checks e-mail and password and opens a session. Unknown address and wrong password get the same
 * answer after the same work, and failures are throttled per account and per address.
 */
@ApplicationScoped
public class SignIn {

    /** What the client keeps: the session secret (cookie) and the CSRF token (header). */
    public record Opened(String sessionSecret, String csrfToken, Duration lifetime) {
    }

    @Inject TenantTransactions transactions;
    @Inject SignInThrottle throttle;
    @Inject CommunaSettings settings;
    private final PasswordHasher hasher = new PasswordHasher();

    public Opened signIn(TenantId tenant, String email, String password, String ip) {
        String accountKey = accountKey(tenant, email);
        throttle.check(accountKey, ip);
        Optional<Participant> found = transactions.inTenant(tenant, em -> ParticipantQueries.byEmail(em, email));
        boolean valid = found.isPresent() && found.get().passwordHash() != null
                ? hasher.matches(password, found.get().passwordHash())
                : burn(password);
        if (!valid) {
            throttle.failed(accountKey, ip);
            throw Problem.unauthorized("e-mail address or password is wrong");
        }
        if (!found.get().confirmed()) {
            throw Problem.forbidden("confirm your e-mail address first: follow the link we sent you");
        }
        if (found.get().blocked()) {
            throw Problem.forbidden("this account is blocked by the organisation's moderators").explainedAs("problem.blocked");
        }
        throttle.succeeded(accountKey);
        return open(tenant, found.get().id());
    }

    /** A session for a participant who just proved who they are (a password, or the link of their confirmation e-mail). */
    public Opened open(TenantId tenant, java.util.UUID participantId) {
        String secret = SecretTokens.newToken();
        Duration lifetime = Duration.ofHours(settings.sessionHours());
        SignInSession session = new SignInSession(participantId, secret, lifetime);
        transactions.runInTenant(tenant, em -> em.persist(session));
        return new Opened(secret, session.csrfToken(), lifetime);
    }

    /** Whose failures the throttle counts: one account of one organisation, however its address is written. */
    static String accountKey(TenantId tenant, String email) {
        return tenant + "/" + Participant.normalise(email);
    }

    private boolean burn(String password) {
        hasher.burnEquivalentTime(password);
        return false;
    }
}
