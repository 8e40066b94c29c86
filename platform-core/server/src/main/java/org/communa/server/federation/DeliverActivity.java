package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.communa.federation.net.BoundedHttp;
import org.communa.federation.net.RefusedAddress;
import org.communa.federation.signatures.SignatureScheme;
import org.communa.kernel.json.JsonFactory;
import org.communa.kernel.tenant.TenantId;

/**
 * One delivery: the activity signed by its local actor with the scheme the receiving host accepts
 * (draft-cavage until the host is known to take RFC 9421; a 401 or 403 to one scheme tries the other and
 * remembers what worked). A failure throws, so the job queue retries with backoff over more than a day; a
 * host failing again and again is skipped for a while (circuit breaker); a 4xx other than 401, 403, 408 and
 * 429 means the receiver will never take it, and the delivery ends there.
 */
@ApplicationScoped
public class DeliverActivity {

    private static final Logger LOG = Logger.getLogger(DeliverActivity.class.getName());

    @Inject Federation federation;
    @Inject ActorKeys keys;
    @Inject HostCircuits circuits;
    @Inject FederationPolicies policies;

    public void run(TenantId tenant, String payload) throws IOException {
        JsonObject job = JsonFactory.JSON.createReader(new StringReader(payload)).readObject();
        URI inbox = URI.create(job.getString("inbox"));
        String host = inbox.getAuthority();
        String refusal = policies.refusal(tenant, policies.of(tenant), inbox.toString());
        if (refusal != null) {
            LOG.info("delivery to " + inbox + " dropped: " + refusal);
            return;
        }
        SignatureScheme scheme = circuits.schemeWhileClosed(tenant, host);
        byte[] body = job.getJsonObject("activity").toString().getBytes(StandardCharsets.UTF_8);
        ActorKeys.LocalKey key = keys.forActor(tenant, job.getString("actor"));
        int status;
        try {
            status = post(inbox, body, key, scheme);
            if (status == 401 || status == 403) {
                SignatureScheme other = scheme == SignatureScheme.DRAFT_CAVAGE ? SignatureScheme.RFC_9421 : SignatureScheme.DRAFT_CAVAGE;
                int second = post(inbox, body, key, other);
                if (second / 100 == 2) {
                    circuits.remember(tenant, host, other);
                    status = second;
                }
            }
        } catch (RefusedAddress e) {
            LOG.warning("delivery to " + inbox + " dropped: " + e.getMessage());
            return;
        } catch (IOException e) {
            circuits.failed(tenant, host);
            throw e;
        }
        if (status / 100 == 2) {
            circuits.succeeded(tenant, host);
            return;
        }
        if (status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429) {
            LOG.warning("delivery to " + inbox + " refused for good with HTTP " + status);
            return;
        }
        circuits.failed(tenant, host);
        throw new IOException("delivery to " + inbox + " answered HTTP " + status + "; it will be retried");
    }

    private int post(URI inbox, byte[] body, ActorKeys.LocalKey key, SignatureScheme scheme) throws IOException, RefusedAddress {
        BoundedHttp.Reply reply = federation.http().post(inbox, body, Federation.ACTIVITY_JSON,
                (method, target, bytes) -> federation.signatures().sign(scheme, method, target, bytes, key.keyId(), key.privateKey()));
        return reply.status();
    }
}
