package org.communa.server.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.kernel.security.SecretTokens;
import org.communa.server.persistence.TenantOwned;

/**
 * A signed-in browser or client. Kept in the database, so any server process can serve it; the cookie
 * holds a secret whose digest is stored, and the CSRF token is checked on every state-changing call.
 */
@Entity
@Table(name = "sessions")
public class SignInSession extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected SignInSession() {
    }

    SignInSession(UUID participantId, String secret, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.tokenHash = SecretTokens.digest(secret);
        this.csrfToken = SecretTokens.newToken();
        this.expiresAt = OffsetDateTime.now().plus(lifetime);
    }

    boolean expired() {
        return expiresAt.isBefore(OffsetDateTime.now());
    }

    public UUID id() { return id; }
    public UUID participantId() { return participantId; }
    public String csrfToken() { return csrfToken; }
}
