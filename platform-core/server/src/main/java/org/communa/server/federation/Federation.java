package org.communa.server.federation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.communa.federation.net.AddressGuard;
import org.communa.federation.net.BoundedHttp;
import org.communa.federation.signatures.HttpSignatures;
import org.communa.modulehost.ActionContext;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.ModuleData;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.Platform;
import org.communa.tenants.OrganisationRegistry;

/**
 * What every federation use case shares: the signature checker (one hour either way, as Mastodon allows
 * for clock skew), the bounded HTTP client behind the address guard, an organisation's canonical base
 * URL (ids must not depend on how a request arrived) and its federation tables.
 */
@ApplicationScoped
public class Federation {

    static final String ACTIVITY_JSON = "application/activity+json";
    static final String AS_CONTEXT = "https://www.w3.org/ns/activitystreams";
    static final String PUBLIC = AS_CONTEXT + "#Public";
    static final Duration SIGNATURE_WINDOW = Duration.ofHours(1);

    @Inject CommunaSettings settings;
    @Inject Platform platform;
    @Inject OrganisationRegistry registry;

    private HttpSignatures signatures;
    private BoundedHttp http;

    @PostConstruct
    void start() {
        signatures = new HttpSignatures(Clock.systemUTC(), SIGNATURE_WINDOW);
        http = new BoundedHttp(new AddressGuard(settings.federationAllowPrivateAddresses()), Duration.ofSeconds(10),
                settings.federationMaxBodyBytes(), "Communa/0.1 (+https://communa.org)");
    }

    public HttpSignatures signatures() {
        return signatures;
    }

    public BoundedHttp http() {
        return http;
    }

    public int maxBodyBytes() {
        return settings.federationMaxBodyBytes();
    }

    /** scheme://primary-host[:port] of the organisation, as its ActivityPub ids begin. */
    public String base(TenantId tenant) {
        return settings.linkBase(registry.get(tenant.value()).spec().primaryHost());
    }

    /** The organisation's federation tables, under its row-level security. */
    public ModuleData data(TenantId tenant) {
        return platform.moduleConnections().host(tenant, new ActionContext("federation", null, null));
    }
}
