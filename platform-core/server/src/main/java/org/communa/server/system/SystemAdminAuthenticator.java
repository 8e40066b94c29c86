package org.communa.server.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.SecretTokens;
import org.communa.kernel.security.SystemAdmins;

/**
 * Recognises system admins by their bearer token. Known tokens are remembered for a minute, by digest,
 * so that the system API does not query the database on every call.
 */
@ApplicationScoped
public class SystemAdminAuthenticator {

    private static final long TTL = Duration.ofMinutes(1).toNanos();
    private record Known(String name, long until) {
    }

    @Inject SystemTransactions system;
    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    public boolean isSystemAdmin(String authorization) {
        return adminName(authorization).isPresent();
    }

    /** Returns the actor name to audit, e.g. "system-admin:alice"; 401 when the token is not an admin's. */
    public String requireSystemAdmin(String authorization) {
        return adminName(authorization).map(n -> "system-admin:" + n)
                .orElseThrow(() -> Problem.unauthorized("a system admin bearer token is required"));
    }

    private Optional<String> adminName(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String token = authorization.substring("Bearer ".length()).trim();
        String digest = SecretTokens.digest(token);
        Known cached = known.get(digest);
        if (cached != null && cached.until() - System.nanoTime() > 0) {
            return Optional.of(cached.name());
        }
        Optional<String> name = new SystemAdmins(system).authenticate(token);
        name.ifPresent(n -> known.put(digest, new Known(n, System.nanoTime() + TTL)));
        return name;
    }
}
