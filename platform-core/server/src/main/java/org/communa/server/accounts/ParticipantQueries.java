package org.communa.server.accounts;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.SecretTokens;

/** Look-ups shared by the account use cases, inside a tenant transaction. */
final class ParticipantQueries {

    private ParticipantQueries() {
    }

    static Optional<Participant> byEmail(EntityManager em, String email) {
        return em.createQuery("select p from Participant p where p.emailNormalised = :email", Participant.class)
                .setParameter("email", Participant.normalise(email)).getResultList().stream().findFirst();
    }

    static Participant byId(EntityManager em, UUID id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null || participant.deleted()) {
            throw Problem.unauthorized("sign in first");
        }
        return participant;
    }

    static EmailToken token(EntityManager em, String token) {
        if (token == null || token.isBlank()) {
            throw Problem.badRequest("token is required").explainedAs("problem.link");
        }
        return em.createQuery("select t from EmailToken t where t.tokenHash = :hash", EmailToken.class)
                .setParameter("hash", SecretTokens.digest(token)).getResultList().stream().findFirst()
                .orElseThrow(() -> Problem.badRequest("this link is invalid, already used or expired; ask for a new one").explainedAs("problem.link"));
    }

    /** Creates a token row and returns the secret to put in the link. */
    static String issueToken(EntityManager em, UUID participant, EmailToken.Purpose purpose, Duration validity, String newEmail) {
        String secret = SecretTokens.newToken();
        em.persist(new EmailToken(participant, purpose, secret, validity, newEmail));
        return secret;
    }

    static void endAllSessions(EntityManager em, UUID participant) {
        em.createQuery("delete from SignInSession s where s.participantId = :p").setParameter("p", participant).executeUpdate();
    }
}
