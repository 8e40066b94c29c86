package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;

/**
 * An organisation follows a space of another server (Communa or any software whose actor is a Group or an
 * Organization): found by handle through WebFinger, followed by the organisation's actor, its recent items
 * read from its outbox at once, later ones arriving as they are published. Unsubscribing sends Undo.
 */
@ApplicationScoped
public class Subscriptions {

    static final String BACKFILL_JOB = "federation.backfill";
    private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());
    private static final Pattern HANDLE = Pattern.compile("@?([^@\\s/]{1,64})@([a-z0-9.-]{1,253}(?::\\d{1,5})?)");
    private static final List<String> FOLLOWABLE = List.of("Group", "Organization", "Service", "Application");

    @Inject Federation federation;
    @Inject RemoteActors remoteActors;
    @Inject Deliveries deliveries;
    @Inject JobQueue jobs;
    @Inject CommunaSettings settings;
    @Inject FederationPolicies policies;

    public List<Subscription> all(TenantId tenant) {
        return federation.data(tenant).read(sql -> sql.query("select * from federation_subscriptions order by created_at"))
                .stream().map(Subscription::of).toList();
    }

    public Optional<Subscription> byId(TenantId tenant, UUID id) {
        return federation.data(tenant).read(sql -> sql.first("select * from federation_subscriptions where id = ?", id))
                .map(Subscription::of);
    }

    /** A federated consultation as participants reach it: an accepted subscription, by the id in its address, or 404. */
    public Subscription acceptedConsultation(TenantId tenant, String id) {
        try {
            return byId(tenant, UUID.fromString(id)).filter(Subscription::accepted)
                    .orElseThrow(() -> Problem.notFound("no federated consultation " + id));
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no federated consultation " + id);
        }
    }

    Optional<Subscription> byActor(TenantId tenant, String actor) {
        return federation.data(tenant).read(sql -> sql.first("select * from federation_subscriptions where remote_actor = ?", actor))
                .map(Subscription::of);
    }

    public Subscription subscribe(TenantId tenant, String handle) {
        var matcher = HANDLE.matcher(handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw Problem.badRequest("a handle is name@server, e.g. budget-2026@participation.example, got: " + handle);
        }
        String user = matcher.group(1);
        String host = matcher.group(2);
        if (!policies.of(tenant).enabled()) {
            throw Problem.conflict("this organisation does not federate: turn federation on in its policy first");
        }
        String actorId = actorOf(tenant, user, host);
        String refusal = policies.refusal(tenant, policies.of(tenant), actorId);
        if (refusal != null) {
            throw Problem.unprocessable("cannot subscribe: " + refusal);
        }
        if (byActor(tenant, actorId).isPresent()) {
            throw Problem.conflict("this organisation already follows " + user + "@" + host);
        }
        JsonObject document = fetched(tenant, actorId);
        if (ActivityJson.types(document).stream().noneMatch(FOLLOWABLE::contains)) {
            throw Problem.unprocessable(user + "@" + host + " is a " + ActivityJson.types(document)
                    + ", not a space or an organisation: only those can be subscribed to");
        }
        RemoteActor actor;
        try {
            actor = remoteActors.get(tenant, actorId);
        } catch (SignatureRefused e) {
            throw Problem.unprocessable("the actor of " + user + "@" + host + " cannot be used: " + e.getMessage());
        }
        String base = federation.base(tenant);
        String followId = base + LocalActor.ORGANISATION_PATH + "#follows/" + UUID.randomUUID();
        UUID id = federation.data(tenant).write(sql -> {
            UUID created = UUID.randomUUID();
            String phase = ActivityJson.plainText(document, "communa:phase");
            sql.update("insert into federation_subscriptions (id, remote_actor, handle, name, summary, url, follow_id, phase) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", created, actorId, user + "@" + host, limited(actor.name()),
                    limited(ActivityJson.plainText(document, "summary")), sameOriginUrl(document, actorId),
                    followId, phase.isEmpty() ? null : limited(phase));
            return created;
        });
        deliveries.to(tenant, LocalActor.ORGANISATION_PATH, actor.inbox(), JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", followId).add("type", "Follow").add("actor", base + LocalActor.ORGANISATION_PATH).add("object", actorId)
                .add("to", JSON.createArrayBuilder().add(actorId)).build());
        jobs.enqueue(BACKFILL_JOB, tenant, JSON.createObjectBuilder().add("subscription", id.toString()).build().toString());
        return byId(tenant, id).orElseThrow();
    }

    public void unsubscribe(TenantId tenant, UUID id) {
        Subscription subscription = byId(tenant, id).orElseThrow(() -> Problem.notFound("no subscription " + id));
        String organisation = federation.base(tenant) + LocalActor.ORGANISATION_PATH;
        federation.data(tenant).write(sql -> sql.update("delete from federation_subscriptions where id = ?", id));
        remoteActors.known(tenant, subscription.remoteActor()).ifPresent(actor -> deliveries.to(tenant, LocalActor.ORGANISATION_PATH,
                actor.inbox(), JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                        .add("id", organisation + "#undo/" + UUID.randomUUID()).add("type", "Undo").add("actor", organisation)
                        .add("object", JSON.createObjectBuilder().add("id", subscription.followId()).add("type", "Follow")
                                .add("actor", organisation).add("object", subscription.remoteActor()))
                        .add("to", JSON.createArrayBuilder().add(subscription.remoteActor())).build()));
    }

    /** The followed actor answered our Follow. */
    void answered(TenantId tenant, String actor, JsonObject answer, boolean accepted) {
        JsonValue object = answer.get("object");
        String followId = ActivityJson.id(object);
        int changed = federation.data(tenant).write(sql -> sql.update("update federation_subscriptions set state = ? "
                + "where remote_actor = ? and (follow_id = ? or ?::text is null)", accepted ? "accepted" : "rejected", actor, followId, followId));
        if (changed == 0) {
            LOG.info((accepted ? "Accept" : "Reject") + " from " + actor + " dropped: this organisation did not ask to follow it");
        }
    }

    /** A followed space updated its actor (title, description, current phase). */
    void actorUpdated(TenantId tenant, String actor, JsonObject document) {
        String name = ActivityJson.plainText(document, "name");
        String summary = ActivityJson.plainText(document, "summary");
        String phase = ActivityJson.plainText(document, "communa:phase");
        int changed = federation.data(tenant).write(sql -> sql.update("update federation_subscriptions set name = coalesce(?, name), "
                + "summary = ?, phase = ? where remote_actor = ?", name.isEmpty() ? null : limited(name), limited(summary),
                phase.isEmpty() ? null : limited(phase), actor));
        if (changed == 0) {
            LOG.info("Update of the actor " + actor + " dropped: this organisation does not follow it");
        }
    }

    /** Asks WebFinger on the space's server which actor a handle names. */
    private String actorOf(TenantId tenant, String user, String host) {
        // other servers are reached the way this one is: https in production, http when run on loopback
        String url = settings.linksScheme() + "://" + host + "/.well-known/webfinger?resource="
                + URLEncoder.encode("acct:" + user + "@" + host, StandardCharsets.UTF_8);
        JsonObject finger;
        try {
            finger = remoteActors.document(tenant, url, "application/jrd+json, application/json");
        } catch (SignatureRefused e) {
            throw Problem.unprocessable("cannot find " + user + "@" + host + ": " + e.getMessage());
        }
        if (finger.get("links") instanceof jakarta.json.JsonArray links) {
            for (JsonValue link : links) {
                if (link instanceof JsonObject l && "self".equals(ActivityJson.text(l, "rel")) && ActivityJson.text(l, "href") != null
                        && String.valueOf(ActivityJson.text(l, "type")).matches(".*(activity|ld)\\+json.*")) {
                    return ActivityJson.text(l, "href");
                }
            }
        }
        throw Problem.unprocessable(user + "@" + host + " has no ActivityPub actor (WebFinger gave no self link)");
    }

    private JsonObject fetched(TenantId tenant, String url) {
        try {
            return remoteActors.document(tenant, url);
        } catch (SignatureRefused e) {
            throw Problem.unprocessable("cannot read " + url + ": " + e.getMessage());
        }
    }

    private static String sameOriginUrl(JsonObject document, String actorId) {
        String url = ActivityJson.id(document.get("url"));
        return url != null && RemoteActors.sameOrigin(url, actorId) ? url : null;
    }

    private static String limited(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 500));
    }
}
