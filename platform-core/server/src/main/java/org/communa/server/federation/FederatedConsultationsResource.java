package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Federated consultations as participants read them: the followed spaces (accepted ones), their items with
 * the origin's replies and this organisation's own, and replying or supporting under one's fediverse identity.
 */
@Path("api/federated")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "federated consultations")
public class FederatedConsultationsResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Subscriptions subscriptions;
    @Inject FederatedItems items;
    @Inject ReplyToFederatedItem replies;
    @Inject FediverseIdentity identity;

    @GET
    @Operation(summary = "The consultations of other servers this organisation follows, with their origin")
    public JsonArray consultations() {
        var list = JSON.createArrayBuilder();
        subscriptions.all(organisation.tenant()).stream().filter(Subscription::accepted)
                .forEach(s -> list.add(FederationAdminResource.json(s)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One federated consultation: its items, newest first, with replies")
    public JsonObject consultation(@PathParam("id") String id) {
        TenantId tenant = organisation.tenant();
        Subscription subscription = subscriptions.acceptedConsultation(tenant, id);
        var list = JSON.createArrayBuilder();
        for (FederatedItem item : items.of(tenant, subscription.id())) {
            var sent = JSON.createArrayBuilder();
            items.sentReplies(tenant, item.objectId()).forEach(r -> sent.add(JSON.createObjectBuilder().add("id", r.noteId())
                    .add("author", String.valueOf(r.author())).add("text", r.text()).add("at", r.at().toString())));
            list.add(JSON.createObjectBuilder().add("id", item.objectId()).add("type", item.type())
                    .add("state", item.state() == null ? "" : item.state()).add("name", item.name())
                    .add("content", item.content()).add("url", item.url() == null ? item.objectId() : item.url())
                    .add("likes", item.likes()).add("replies", item.replies()).add("sentFromHere", sent)
                    .add("published", item.published() == null ? "" : item.published().toString()));
        }
        return JSON.createObjectBuilder(FederationAdminResource.json(subscription)).add("items", list).build();
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to an item of a federated consultation (needs a public fediverse identity)")
    public Response reply(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        UUID participant = signedIn();
        String note = replies.reply(organisation.tenant(), participant, JsonFields.requiredString(b, "object"),
                JsonFields.requiredString(b, "body"));
        return FederationAdminResource.created(JSON.createObjectBuilder().add("id", note).build());
    }

    @POST
    @Path("supports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Support an item of a federated consultation (a Like; its server counts it if its policy says so)")
    public Response support(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        UUID participant = signedIn();
        String like = replies.support(organisation.tenant(), participant, JsonFields.requiredString(b, "object"));
        return FederationAdminResource.created(JSON.createObjectBuilder().add("id", like).build());
    }

    @GET
    @Path("identity")
    @Operation(summary = "Whether the signed-in participant has a public fediverse identity, and its address")
    public JsonObject fediverseIdentity() {
        return identityJson(signedIn());
    }

    @PUT
    @Path("identity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose (or give up) a public fediverse identity; giving it up takes back replies sent to other servers")
    public JsonObject chooseFediverseIdentity(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        UUID participant = signedIn();
        Boolean chosen = JsonFields.optionalBoolean(b, "public");
        if (chosen == null) {
            throw Problem.badRequest("public (true or false) is required");
        }
        identity.choose(organisation.tenant(), participant, chosen);
        return identityJson(participant);
    }

    private JsonObject identityJson(UUID participant) {
        boolean chosen = identity.chosen(organisation.tenant(), participant);
        var json = JSON.createObjectBuilder().add("public", chosen);
        if (chosen) {
            json.add("actor", identity.actorId(organisation.tenant(), participant));
        }
        return json.build();
    }

    private UUID signedIn() {
        if (!current.present()) {
            throw Problem.unauthorized("sign in first");
        }
        return current.id();
    }
}
