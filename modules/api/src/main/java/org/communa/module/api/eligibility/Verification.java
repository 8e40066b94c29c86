package org.communa.module.api.eligibility;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A verification a person holds: the method that proved it, the scope it places them in (a campus, a
 * district; empty when the organisation gave none), when it expires (empty: never), and their voter key.
 *
 * <p>The voter key is pseudonymous and stable: for the census, "census:" followed by the SHA-256 of the
 * identifier (trimmed, upper-cased), the same whether the person proved it online or an officer typed it
 * in; for the confirmed e-mail, "participant:" and the account's id.
 */
public final class Verification {

    /** Every signed-in participant holds it: their address was confirmed. */
    public static final String EMAIL = "email";
    /** An identifier of the organisation's census (student, customer or resident number), proved once. */
    public static final String CENSUS = "census";

    private final String method;
    private final UUID scopeId;
    private final OffsetDateTime expiresAt;
    private final String voterKey;

    public Verification(String method, UUID scopeId, OffsetDateTime expiresAt, String voterKey) {
        this.method = Objects.requireNonNull(method, "method");
        this.scopeId = scopeId;
        this.expiresAt = expiresAt;
        this.voterKey = Objects.requireNonNull(voterKey, "voterKey");
    }

    public String method() { return method; }
    public Optional<UUID> scopeId() { return Optional.ofNullable(scopeId); }
    public Optional<OffsetDateTime> expiresAt() { return Optional.ofNullable(expiresAt); }
    public String voterKey() { return voterKey; }

    @Override
    public String toString() {
        return "Verification[" + method + (scopeId == null ? "" : ", scope " + scopeId) + (expiresAt == null ? "" : ", until " + expiresAt) + "]";
    }
}
