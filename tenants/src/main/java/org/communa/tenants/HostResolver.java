package org.communa.tenants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.communa.kernel.tenant.TenantId;

/**
 * Finds the organisation of a Host header, once per request. Answers come from the database function
 * communa_resolve_host (the application role may ask about a host, never list them) and are cached
 * briefly: registry changes invalidate at once on this process, and on the others through the cluster
 * ({@link #whenInvalidated}).
 */
public final class HostResolver {

    /** What a host means: which organisation, whether it is the primary host, and the state. */
    public record ResolvedHost(TenantId tenant, String primaryHost, boolean primary, boolean suspended) {
    }

    private record Cached(Optional<ResolvedHost> answer, long expiresAtNanos) {
    }

    private static final int MAX_ENTRIES = 100_000;
    private final DataSource appPool;
    private final long ttlNanos;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public HostResolver(DataSource appPool, Duration ttl) {
        this.appPool = appPool;
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<ResolvedHost> resolve(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || hostHeader.length() > 260) {
            return Optional.empty();
        }
        String host = OrganisationSpec.stripPort(hostHeader.trim().toLowerCase(java.util.Locale.ROOT));
        long now = System.nanoTime();
        Cached cached = cache.get(host);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.answer();
        }
        Optional<ResolvedHost> answer = lookUp(host);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear(); // unknown hosts must not grow memory without bound
        }
        cache.put(host, new Cached(answer, now + ttlNanos));
        return answer;
    }

    private volatile Runnable invalidationListener = () -> { };

    public void whenInvalidated(Runnable listener) {
        this.invalidationListener = listener;
    }

    public void invalidate() {
        invalidateHere();
        invalidationListener.run();
    }

    /** Forgets the answers of this process only: another process changed the registry and said so. */
    public void invalidateHere() {
        cache.clear();
    }

    private Optional<ResolvedHost> lookUp(String host) {
        try (Connection c = appPool.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select tenant_id, primary_host, status, is_primary from communa_resolve_host(?)")) {
            q.setString(1, host);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResolvedHost(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getBoolean(4), "suspended".equals(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot resolve host " + host + ": " + e.getMessage(), e);
        }
    }
}
