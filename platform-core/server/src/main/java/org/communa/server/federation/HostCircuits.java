package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.communa.federation.signatures.SignatureScheme;
import org.communa.kernel.tenant.TenantId;

/**
 * What each organisation knows of each remote host: the signature scheme it accepts, and a circuit
 * breaker (after 5 failures in a row, no attempt for 10 minutes; the queued deliveries wait and retry).
 */
@ApplicationScoped
public class HostCircuits {

    private static final int FAILURES_TO_OPEN = 5;

    @Inject Federation federation;

    /** The scheme to sign with for this host (draft-cavage until it is known to take RFC 9421); refused while its circuit is open. */
    public SignatureScheme schemeWhileClosed(TenantId tenant, String host) throws IOException {
        var row = federation.data(tenant).read(sql -> sql.first("select scheme, coalesce(open_until > now(), false) as open "
                + "from federation_hosts where host = ?", host));
        if (row.isPresent() && Boolean.TRUE.equals(row.get().bool("open"))) {
            throw new IOException(host + " failed " + FAILURES_TO_OPEN + " times in a row: deliveries to it wait");
        }
        return row.map(r -> SignatureScheme.fromLabel(r.string("scheme"))).orElse(SignatureScheme.DRAFT_CAVAGE);
    }

    public void remember(TenantId tenant, String host, SignatureScheme scheme) {
        federation.data(tenant).write(sql -> sql.update("insert into federation_hosts (host, scheme) values (?, ?) "
                + "on conflict (tenant_id, host) do update set scheme = excluded.scheme", host, scheme.label()));
    }

    public void failed(TenantId tenant, String host) {
        federation.data(tenant).write(sql -> sql.update("insert into federation_hosts (host, failures) values (?, 1) "
                + "on conflict (tenant_id, host) do update set failures = federation_hosts.failures + 1, "
                + "open_until = case when federation_hosts.failures + 1 >= ? then now() + interval '10 minutes' end",
                host, FAILURES_TO_OPEN));
    }

    public void succeeded(TenantId tenant, String host) {
        federation.data(tenant).write(sql -> sql.update("insert into federation_hosts (host) values (?) on conflict (tenant_id, host) "
                + "do update set failures = 0, open_until = null where federation_hosts.failures <> 0 or federation_hosts.open_until is not null",
                host));
    }
}
