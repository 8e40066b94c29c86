package org.communa.server.http;

import jakarta.enterprise.context.RequestScoped;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.tenants.HostResolver.ResolvedHost;

/**
 * The organisation a request is for, resolved once by {@link TenantFilter} from the Host header.
 * Code that needs a tenant asks {@link #tenant()}, which refuses when there is none: there is no default.
 */
@RequestScoped
public class RequestOrganisation {

    private ResolvedHost host;
    private boolean systemHost;

    void resolved(ResolvedHost host) {
        this.host = host;
    }

    void systemHost() {
        this.systemHost = true;
    }

    public boolean isSystemHost() {
        return systemHost;
    }

    public TenantId tenant() {
        if (host == null) {
            throw Problem.notFound("this address serves no organisation");
        }
        return host.tenant();
    }

    public String primaryHost() {
        return host == null ? null : host.primaryHost();
    }
}
