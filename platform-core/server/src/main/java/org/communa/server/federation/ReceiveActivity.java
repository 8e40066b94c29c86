package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.federation.signatures.Verified;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.RequestOrganisation;

/**
 * An activity arriving in an inbox: parsed, checked against the policy, its signature verified (the
 * signer must be the activity's actor), recognised if replayed, then queued and answered 202. Nothing is
 * stored before all of that holds; each refusal is logged with its reason.
 */
@RequestScoped
public class ReceiveActivity {

    static final String JOB = "federation.inbound";
    private static final Logger LOG = Logger.getLogger(ReceiveActivity.class.getName());

    @Inject RequestOrganisation organisation;
    @Inject FederationPolicies policies;
    @Inject Federation federation;
    @Inject RemoteActors remoteActors;
    @Inject IncomingRequests incoming;
    @Inject JobQueue jobs;
    @Inject ReplayGuard replays;

    public Response receive(String inbox, byte[] body) {
        TenantId tenant = organisation.tenant();
        FederationPolicies.Policy policy = policies.of(tenant);
        if (!policy.enabled()) {
            throw refused(404, "Not found", "this organisation does not federate", inbox);
        }
        if (body == null || body.length == 0) {
            throw refused(400, "Bad request", "an activity is required in the body", inbox);
        }
        if (body.length > federation.maxBodyBytes()) {
            throw refused(413, "Payload too large", "an activity is at most " + federation.maxBodyBytes() + " bytes", inbox);
        }
        JsonObject activity = parse(body, inbox);
        String actor = ActivityJson.id(activity.get("actor"));
        String activityId = ActivityJson.id(activity.get("id"));
        if (activityId == null || actor == null || ActivityJson.types(activity).isEmpty()) {
            throw refused(400, "Bad request", "an activity needs an id, a type and an actor", inbox);
        }
        String refusal = policies.refusal(tenant, policy, actor);
        if (refusal != null) {
            // the policy's refusals are not the sender's error: accepted and dropped, as Mastodon does for blocked domains
            LOG.info("activity " + activityId + " dropped at " + inbox + ": " + refusal);
            return Response.accepted().build();
        }
        Verified verified;
        try {
            verified = federation.signatures().verify(incoming.current(body), remoteActors.keyResolver(tenant));
        } catch (SignatureRefused e) {
            throw refused(401, "Unauthorized", "signature refused: " + e.getMessage(), inbox);
        }
        if (!verified.keyOwner().equals(actor)) {
            throw refused(401, "Unauthorized", "the activity's actor " + actor + " is not the signer " + verified.keyOwner(), inbox);
        }
        if (!RemoteActors.sameOrigin(activityId, actor)) {
            throw refused(400, "Bad request", "the activity id is not on its actor's server", inbox);
        }
        ReplayGuard.Seen seen = replays.record(tenant, verified.replayKey(), activityId);
        if (seen == ReplayGuard.Seen.SIGNATURE) {
            throw refused(401, "Unauthorized", "this signed request was already received (replay)", inbox);
        }
        if (seen == ReplayGuard.Seen.ACTIVITY) {
            return Response.accepted().build(); // a retried delivery: done already
        }
        jobs.enqueue(JOB, tenant, JSON.createObjectBuilder().add("inbox", inbox).add("actor", actor).add("activity", activity).build().toString());
        return Response.accepted().build();
    }

    private JsonObject parse(byte[] body, String inbox) {
        try {
            return BoundedJson.object(body, BoundedJson.Limits.DEFAULT);
        } catch (Problem malformed) {
            throw refused(400, "Bad request", "an activity is a JSON object within limits: " + malformed.getMessage(), inbox);
        }
    }

    private static Problem refused(int status, String title, String detail, String inbox) {
        LOG.info("inbox " + inbox + " refused an activity (" + status + "): " + detail);
        return new Problem(status, title, detail);
    }
}
