package org.communa.kernel.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * The service provider's staff. Each has a bearer token, shown once at creation and stored only as
 * its digest, so neither logs nor database dumps reveal it.
 */
public final class SystemAdmins {

    private final SystemTransactions system;

    public SystemAdmins(SystemTransactions system) {
        this.system = system;
    }

    /** Creates an admin and returns the token, which nobody can read again. */
    public String create(String actor, String name) {
        String token = SecretTokens.newToken();
        createWithToken(actor, name, token);
        return token;
    }

    /** For deployments that provision the first admin from a secret they already hold. */
    public void createWithToken(String actor, String name, String token) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw Problem.badRequest("admin name must be 1 to 100 letters, digits or . _ @ -");
        }
        if (token.length() < 32) {
            throw Problem.badRequest("an admin token must have at least 32 characters");
        }
        system.audited(new AuditEntry(actor, "system-admin.create", null, "{\"name\":\"" + name + "\"}"), c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into system_admins (id, name, token_hash) values (?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, name);
                insert.setString(3, SecretTokens.digest(token));
                return insert.executeUpdate();
            }
        });
    }

    public boolean any() {
        return system.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select exists (select 1 from system_admins)")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The admin's name for a presented token, if it is one. */
    public Optional<String> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return system.read(c -> {
            try (PreparedStatement q = c.prepareStatement("select name from system_admins where token_hash = ?")) {
                q.setString(1, SecretTokens.digest(token));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
