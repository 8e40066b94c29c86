package org.communa.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.communa.kernel.cache.TenantScopedCache;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.federation.FederationPolicies;
import org.communa.server.http.ReadCaches;
import org.communa.server.platform.PlatformStarted;
import org.communa.tenants.HostResolver;

/**
 * Makes every cache invalidation cluster-wide: what one process drops (a session signed out, an
 * organisation's theme or settings changed, a host added), it tells the others on a topic, and they drop
 * it too, instead of serving it until it expires. A message is "cache tenant-id", or "cache *" for all.
 */
@ApplicationScoped
public class CacheInvalidations {

    static final String TOPIC = "communa.cache-invalidations";
    private static final String HOSTS = "hosts";
    private static final String ALL = "*";
    private static final Logger LOG = Logger.getLogger(CacheInvalidations.class.getName());

    @Inject Cluster cluster;
    @Inject ReadCaches readCaches;
    @Inject FederationPolicies federationPolicies;
    @Inject HostResolver hosts;
    private final Map<String, TenantScopedCache<?>> caches = new HashMap<>();

    /** Before anything serves (priority 10): a change made from the first request on is told to the others. */
    void start(@Observes @jakarta.annotation.Priority(10) PlatformStarted started) {
        caches.putAll(readCaches.named());
        caches.put("federation-policies", federationPolicies.cache());
        caches.forEach((name, cache) -> cache.whenInvalidated(tenant ->
                cluster.publish(TOPIC, name + " " + tenant.map(TenantId::toString).orElse(ALL))));
        hosts.whenInvalidated(() -> cluster.publish(TOPIC, HOSTS + " " + ALL));
        cluster.subscribe(TOPIC, this::received);
    }

    void received(String message) {
        String[] parts = message.split(" ", 2);
        if (parts.length != 2) {
            return;
        }
        if (HOSTS.equals(parts[0])) {
            hosts.invalidateHere();
            return;
        }
        TenantScopedCache<?> cache = caches.get(parts[0]);
        if (cache == null) {
            LOG.fine("invalidation of an unknown cache " + parts[0] + " (a process of another version?)");
            return;
        }
        Optional<TenantId> tenant = ALL.equals(parts[1]) ? Optional.empty() : Optional.of(TenantId.parse(parts[1]));
        tenant.ifPresentOrElse(cache::invalidateHere, cache::invalidateAllHere);
    }
}
