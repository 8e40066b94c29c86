package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.tenant.TenantId;

/**
 * Queues deliveries: one durable job per destination inbox, followers of the same server sharing its
 * shared inbox, so a new proposal reaches a server with a thousand followers in one request.
 */
@ApplicationScoped
public class Deliveries {

    static final String JOB = "federation.deliver";

    @Inject JobQueue jobs;
    @Inject Federation federation;

    /** Sends an activity of a local actor to the followers of the given local actors (each inbox once). */
    public int toFollowers(TenantId tenant, String actorPath, JsonObject activity, Set<String> followedActors) {
        Set<String> inboxes = new LinkedHashSet<>();
        federation.data(tenant).read(sql -> sql.query("select coalesce(a.shared_inbox, a.inbox) as inbox from federation_followers f "
                + "join federation_remote_actors a on a.actor_id = f.remote_actor where f.local_actor = any (string_to_array(?, ' '))",
                String.join(" ", followedActors))).forEach(row -> inboxes.add(row.string("inbox")));
        inboxes.forEach(inbox -> to(tenant, actorPath, inbox, activity));
        return inboxes.size();
    }

    public void to(TenantId tenant, String actorPath, String inbox, JsonObject activity) {
        jobs.enqueue(JOB, tenant, JSON.createObjectBuilder().add("actor", actorPath).add("inbox", inbox).add("activity", activity)
                .build().toString());
    }
}
