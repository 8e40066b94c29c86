package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communa.kernel.cache.TenantScopedCache;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.Row;

/** Each organisation's federation policy (defaults when it never set one) and the instance's domain blocks. */
@ApplicationScoped
public class FederationPolicies {

    /** What an organisation accepts from the fediverse. An empty allow list allows every domain not blocked. */
    public record Policy(boolean enabled, List<String> allowedDomains, List<String> blockedDomains, boolean moderateRemoteComments,
            boolean remoteSupports, boolean authorizedFetch, boolean autoAcceptFollows) {

        static final Policy DEFAULTS = new Policy(true, List.of(), List.of(), false, false, false, true);
    }

    // every inbox request and every delivery reads them: kept 5 s; a change applies at once on every
    // process (the cluster carries the invalidation), the instance's blocks within 5 s on the others
    private static final Duration KEPT = Duration.ofSeconds(5);
    private final TenantScopedCache<Policy> cached = new TenantScopedCache<>(KEPT, 1);
    private volatile List<String> instanceBlocks;
    private volatile long instanceBlocksReadAt;

    @Inject Federation federation;

    /** The organisations' policies as this process keeps them, for the cluster to invalidate. */
    public TenantScopedCache<Policy> cache() {
        return cached;
    }

    public Policy of(TenantId tenant) {
        return cached.get(tenant, "policy", () -> Optional.of(federation.data(tenant).read(sql -> sql.first("select enabled, "
                + "array_to_string(allowed_domains, ' ') as allowed, array_to_string(blocked_domains, ' ') as blocked, "
                + "moderate_remote_comments, remote_supports, authorized_fetch, auto_accept_follows from federation_policies"))
                .map(FederationPolicies::policy).orElse(Policy.DEFAULTS))).orElseThrow();
    }

    /** The domains blocked for the whole instance (read through any organisation, whose role may read them). */
    private List<String> instanceBlocks(TenantId tenant) {
        List<String> known = instanceBlocks;
        if (known == null || System.nanoTime() - instanceBlocksReadAt > KEPT.toNanos()) {
            known = federation.data(tenant).read(sql -> sql.query("select domain from federation_blocked_domains"))
                    .stream().map(row -> row.string("domain")).toList();
            instanceBlocks = known;
            instanceBlocksReadAt = System.nanoTime();
        }
        return known;
    }

    /** A system admin changed the instance's blocks: this process applies them at once. */
    void instanceBlocksChanged() {
        instanceBlocks = null;
    }

    public void change(TenantId tenant, Policy policy) {
        federation.data(tenant).write(sql -> sql.update("insert into federation_policies (enabled, allowed_domains, blocked_domains, "
                + "moderate_remote_comments, remote_supports, authorized_fetch, auto_accept_follows) values "
                + "(?, string_to_array(?, ' '), string_to_array(?, ' '), ?, ?, ?, ?) on conflict (tenant_id) do update set "
                + "enabled = excluded.enabled, allowed_domains = excluded.allowed_domains, blocked_domains = excluded.blocked_domains, "
                + "moderate_remote_comments = excluded.moderate_remote_comments, remote_supports = excluded.remote_supports, "
                + "authorized_fetch = excluded.authorized_fetch, auto_accept_follows = excluded.auto_accept_follows",
                policy.enabled(), String.join(" ", policy.allowedDomains()), String.join(" ", policy.blockedDomains()),
                policy.moderateRemoteComments(), policy.remoteSupports(), policy.authorizedFetch(), policy.autoAcceptFollows()));
        cached.invalidate(tenant);
    }

    /** Why an actor at this address is refused (the instance's or the organisation's blocks, or not allowed), or null. */
    public String refusal(TenantId tenant, Policy policy, String actorId) {
        String host;
        try {
            host = URI.create(actorId).getHost();
        } catch (IllegalArgumentException e) {
            return "the actor id " + actorId + " is not a URI";
        }
        if (host == null) {
            return "the actor id " + actorId + " has no host";
        }
        String domain = host.toLowerCase(Locale.ROOT);
        if (instanceBlocks(tenant).stream().anyMatch(blocked -> matches(domain, blocked))) {
            return domain + " is blocked on this instance";
        }
        if (policy.blockedDomains().stream().anyMatch(blocked -> matches(domain, blocked))) {
            return domain + " is blocked by this organisation";
        }
        if (!policy.allowedDomains().isEmpty() && policy.allowedDomains().stream().noneMatch(allowed -> matches(domain, allowed))) {
            return domain + " is not among the domains this organisation federates with";
        }
        return null;
    }

    private static boolean matches(String domain, String rule) {
        return domain.equals(rule) || domain.endsWith("." + rule);
    }

    private static Policy policy(Row row) {
        return new Policy(row.bool("enabled"), words(row.string("allowed")), words(row.string("blocked")),
                row.bool("moderate_remote_comments"), row.bool("remote_supports"), row.bool("authorized_fetch"),
                row.bool("auto_accept_follows"));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
