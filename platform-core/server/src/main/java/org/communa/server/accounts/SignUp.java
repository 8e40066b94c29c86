package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.PasswordHasher;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.mail.MailQueue;
import org.communa.server.mail.OutgoingMail;

/**
 * Creates an unconfirmed account and e-mails a confirmation link. The answer is the same whether the
 * address is new or known (the known address gets a "you already have an account" e-mail instead), so
 * sign-up cannot be used to find out who has an account.
 */
@ApplicationScoped
public class SignUp {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);
    @Inject TenantTransactions transactions;
    @Inject MailQueue mail;
    @Inject org.communa.tenants.OrganisationRegistry registry;
    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Opens an account to confirm by e-mail. {@code termsAccepted}: the person ticked that they accept the terms of use
     * and read how their data is used (/terms, /privacy); without it nothing is written.
     */
    public void signUp(TenantId tenant, String baseUrl, String email, String password, String displayName, String locale,
            boolean termsAccepted) {
        if (!termsAccepted) {
            throw Problem.badRequest("acceptTerms must be true: the person accepts the terms of use (/terms) and has read how "
                    + "their data is used (/privacy)").explainedAs("problem.terms");
        }
        String chosenLocale = Participant.checkedLocale(locale == null ? "fr" : locale);
        String hash = hasher.hash(password); // before the transaction: Argon2 takes time, a connection should not wait
        Participant candidate = new Participant(email, displayName, hash, chosenLocale);
        OutgoingMail message = transactions.inTenant(tenant, em -> {
            Optional<Participant> existing = ParticipantQueries.byEmail(em, email);
            if (existing.isPresent() && existing.get().confirmed()) {
                return AccountEmails.compose("already", existing.get().locale(), existing.get().email(),
                        baseUrl + "/account/password-reset", organisation(tenant));
            }
            Participant participant = existing.orElse(candidate);
            participant.acceptTerms();
            if (existing.isEmpty()) {
                em.persist(participant);
            } else {
                participant.changePasswordHash(hash);
            }
            String token = ParticipantQueries.issueToken(em, participant.id(), EmailToken.Purpose.confirm, CONFIRMATION_VALIDITY, null);
            return AccountEmails.compose("confirm", participant.locale(), participant.email(),
                    baseUrl + "/account/confirm?token=" + token, organisation(tenant));
        });
        mail.send(tenant, message);
    }

    private String organisation(TenantId tenant) {
        return registry.get(tenant.value()).spec().name();
    }
}
