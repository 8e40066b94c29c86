package org.communa.server.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.SecretTokens;
import org.communa.server.persistence.TenantOwned;

/** A link sent by e-mail (confirm address, reset password, change address): single use, expiring, stored as a digest. */
@Entity
@Table(name = "email_tokens")
public class EmailToken extends TenantOwned {

    public enum Purpose { confirm, reset, change_email }

    @Id
    private UUID id;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(nullable = false)
    private String purpose;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "new_email")
    private String newEmail;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;
    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected EmailToken() {
    }

    EmailToken(UUID participantId, Purpose purpose, String token, Duration validity, String newEmail) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.purpose = purpose.name();
        this.tokenHash = SecretTokens.digest(token);
        this.expiresAt = OffsetDateTime.now().plus(validity);
        this.newEmail = newEmail;
    }

    /** Marks the token used; refuses a used, expired or wrong-purpose one with the same answer. */
    void use(Purpose expected) {
        if (usedAt != null || !purpose.equals(expected.name()) || expiresAt.isBefore(OffsetDateTime.now())) {
            throw Problem.badRequest("this link is invalid, already used or expired; ask for a new one").explainedAs("problem.link");
        }
        usedAt = OffsetDateTime.now();
    }

    UUID participantId() { return participantId; }
    String newEmail() { return newEmail; }
}
