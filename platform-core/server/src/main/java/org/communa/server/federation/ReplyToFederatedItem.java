package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * A participant replies to (or supports) an item of a followed space: a Note in reply (or a Like), by
 * their Person actor, delivered to the space's server, which decides by its own policy what to do with it.
 */
@ApplicationScoped
public class ReplyToFederatedItem {

    private static final int MAX_LENGTH = 5000;

    @Inject Federation federation;
    @Inject FederatedItems items;
    @Inject Subscriptions subscriptions;
    @Inject RemoteActors remoteActors;
    @Inject FediverseIdentity identity;
    @Inject Deliveries deliveries;
    @Inject RemoteContent content;

    public String reply(TenantId tenant, UUID participant, String objectId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw Problem.badRequest("a reply has 1 to " + MAX_LENGTH + " characters").explainedAs("problem.federatedReplyLength", MAX_LENGTH);
        }
        Target target = target(tenant, participant, objectId);
        String note = target.actor() + "/notes/" + UUID.randomUUID();
        String html = "<p>" + ActivityText.escape(body).replace("\n", "<br>") + "</p>";
        JsonObject create = JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT).add("id", note + "/create").add("type", "Create")
                .add("actor", target.actor()).add("to", JSON.createArrayBuilder().add(target.space()))
                .add("object", JSON.createObjectBuilder().add("id", note).add("type", "Note").add("attributedTo", target.actor())
                        .add("inReplyTo", objectId).add("content", html).add("published", Instant.now().toString())
                        .add("to", JSON.createArrayBuilder().add(target.space()))).build();
        send(tenant, participant, target, note, "Note", objectId, body, create);
        content.refreshLater(tenant, target.space(), objectId, target.item().replies().size() + 1);
        return note;
    }

    public String support(TenantId tenant, UUID participant, String objectId) {
        Target target = target(tenant, participant, objectId);
        boolean already = federation.data(tenant).read(sql -> sql.first("select 1 from federation_sent where participant_id = ? "
                + "and object_id = ? and kind = 'Like'", participant, objectId)).isPresent();
        if (already) {
            throw Problem.conflict("you already support this item").explainedAs("problem.federatedSupportAlready");
        }
        String like = target.actor() + "/likes/" + UUID.randomUUID();
        send(tenant, participant, target, like, "Like", objectId, "", JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", like).add("type", "Like").add("actor", target.actor()).add("object", objectId)
                .add("to", JSON.createArrayBuilder().add(target.space())).build());
        return like;
    }

    private record Target(FederatedItem item, String space, String inbox, String actor) {
    }

    private Target target(TenantId tenant, UUID participant, String objectId) {
        FederatedItem item = items.byId(tenant, objectId == null ? "" : objectId)
                .orElseThrow(() -> Problem.notFound("no item " + objectId + " in the consultations this organisation follows"));
        Subscription subscription = subscriptions.byId(tenant, item.subscriptionId()).filter(Subscription::accepted)
                .orElseThrow(() -> Problem.conflict("the space of this item has not accepted this organisation's subscription"));
        if (!identity.chosen(tenant, participant)) {
            throw Problem.conflict("replying to another server needs a public fediverse identity: choose it in your account first")
                    .explainedAs("problem.federatedIdentityRequired");
        }
        RemoteActor space;
        try {
            space = remoteActors.get(tenant, subscription.remoteActor());
        } catch (SignatureRefused e) {
            throw Problem.conflict("the space's server cannot be reached: " + e.getMessage());
        }
        return new Target(item, subscription.remoteActor(), space.inbox(), federation.base(tenant) + LocalActor.personPath(participant));
    }

    private void send(TenantId tenant, UUID participant, Target target, String id, String kind, String objectId, String text,
            JsonObject activity) {
        federation.data(tenant).write(sql -> sql.update("insert into federation_sent (activity_id, participant_id, kind, object_id, inbox, content) "
                + "values (?, ?, ?, ?, ?, ?)", id, participant, kind, objectId, target.inbox(), text));
        deliveries.to(tenant, LocalActor.personPath(participant), target.inbox(), activity);
    }
}
