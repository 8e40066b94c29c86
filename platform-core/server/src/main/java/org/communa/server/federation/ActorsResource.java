package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's actors as the fediverse reads them: the organisation, each published space (a
 * Group), the instance actor; each with its followers (counted) and outbox (what it published, newest first).
 */
@Path("actors")
@RequestScoped
@Produces({Federation.ACTIVITY_JSON, "application/ld+json", "application/json"})
@Tag(name = "federation")
public class ActorsResource {

    private static final int OUTBOX_ITEMS = 40;

    @Inject RequestOrganisation organisation;
    @Inject LocalActors actors;
    @Inject FederationPolicies policies;
    @Inject Federation federation;
    @Inject AuthorizedFetch authorizedFetch;
    @Inject ReceiveActivity receive;

    @GET
    @Path("organisation")
    @Operation(summary = "The organisation's actor (an Organization)")
    public Response organisationActor() {
        return actor(LocalActor.ORGANISATION_PATH);
    }

    @GET
    @Path("instance")
    @Operation(summary = "The instance actor, which signs fetches")
    public Response instanceActor() {
        return actor(LocalActor.INSTANCE_PATH);
    }

    @GET
    @Path("spaces/{slug}")
    @Operation(summary = "A published space's actor (a Group to follow)")
    public Response spaceActor(@PathParam("slug") String slug) {
        return actor(LocalActor.spacePath(slug));
    }

    @GET
    @Path("people/{id}")
    @Operation(summary = "A participant's actor (a Person), when they chose a public fediverse identity")
    public Response personActor(@PathParam("id") String id) {
        return actor("/actors/people/" + id);
    }

    @GET
    @Path("{kind: organisation|spaces/[a-z0-9-]+|people/[0-9a-f-]{36}}/followers")
    @Operation(summary = "How many follow the actor (the list itself is not published)")
    public Response followers(@PathParam("kind") String kind) {
        LocalActor actor = found("/actors/" + kind);
        TenantId tenant = organisation.tenant();
        long count = federation.data(tenant).read(sql -> sql.first("select count(*) as n from federation_followers where local_actor = ?",
                actor.path())).map(row -> row.integer("n")).orElse(0L);
        return activityJson(JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", federation.base(tenant) + actor.path() + "/followers").add("type", "OrderedCollection")
                .add("totalItems", count).build());
    }

    @GET
    @Path("{kind: organisation|spaces/[a-z0-9-]+|people/[0-9a-f-]{36}}/following")
    @Operation(summary = "Whom the actor follows")
    public Response following(@PathParam("kind") String kind) {
        return emptyCollection(found("/actors/" + kind), "/following");
    }

    // Same templates as the POST methods: JAX-RS picks the template before the HTTP method.
    @GET
    @Path("organisation/inbox")
    @Operation(summary = "The organisation actor's inbox: what it receives is not published, so it reads as empty")
    public Response organisationInboxCollection() {
        return emptyCollection(found(LocalActor.ORGANISATION_PATH), "/inbox");
    }

    @GET
    @Path("spaces/{slug}/inbox")
    @Operation(summary = "A space actor's inbox: what it receives is not published, so it reads as empty")
    public Response spaceInboxCollection(@PathParam("slug") String slug) {
        return emptyCollection(found(LocalActor.spacePath(slug)), "/inbox");
    }

    @GET
    @Path("people/{id}/inbox")
    @Operation(summary = "A participant actor's inbox: what it receives is not published, so it reads as empty")
    public Response personInboxCollection(@PathParam("id") String id) {
        return emptyCollection(found("/actors/people/" + id), "/inbox");
    }

    @POST
    @Path("people/{id}/inbox")
    @Consumes("*/*")
    @Operation(summary = "A participant actor's inbox (202 once verified and queued)")
    public Response personInbox(@PathParam("id") String id, byte[] body) {
        return receive.receive("/actors/people/" + id + "/inbox", body);
    }

    private Response emptyCollection(LocalActor actor, String suffix) {
        return activityJson(JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", federation.base(organisation.tenant()) + actor.path() + suffix).add("type", "OrderedCollection")
                .add("totalItems", 0).add("orderedItems", JSON.createArrayBuilder()).build());
    }

    @GET
    @Path("{kind: organisation|spaces/[a-z0-9-]+|people/[0-9a-f-]{36}}/outbox")
    @Operation(summary = "What the actor published, newest first (the last 40), as Create activities")
    public Response outbox(@PathParam("kind") String kind) {
        LocalActor actor = found("/actors/" + kind);
        TenantId tenant = organisation.tenant();
        String id = federation.base(tenant) + actor.path();
        var items = JSON.createArrayBuilder();
        var rows = federation.data(tenant).read(sql -> sql.query("select object_id, object_json::text as json from federation_objects "
                + "where (actor_path = ? or ? = '/actors/organisation') and not deleted order by published_at desc limit ?",
                actor.path(), actor.path(), OUTBOX_ITEMS));
        long total = federation.data(tenant).read(sql -> sql.first("select count(*) as n from federation_objects where "
                + "(actor_path = ? or ? = '/actors/organisation') and not deleted", actor.path(), actor.path()))
                .map(row -> row.integer("n")).orElse(0L);
        rows.forEach(row -> items.add(JSON.createObjectBuilder().add("id", row.string("object_id") + "#create")
                .add("type", "Create").add("actor", id).add("to", JSON.createArrayBuilder().add(Federation.PUBLIC))
                .add("object", JSON.createReader(new java.io.StringReader(row.string("json"))).readObject())));
        return activityJson(JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT).add("id", id + "/outbox")
                .add("type", "OrderedCollection").add("totalItems", total).add("orderedItems", items).build());
    }

    @POST
    @Path("organisation/inbox")
    @Consumes("*/*")
    @Operation(summary = "The organisation actor's inbox (202 once verified and queued)")
    public Response organisationInbox(byte[] body) {
        return receive.receive(LocalActor.ORGANISATION_PATH + "/inbox", body);
    }

    @POST
    @Path("spaces/{slug}/inbox")
    @Consumes("*/*")
    @Operation(summary = "A space actor's inbox: Follow, replies to its proposals... (202 once verified and queued)")
    public Response spaceInbox(@PathParam("slug") String slug, byte[] body) {
        return receive.receive(LocalActor.spacePath(slug) + "/inbox", body);
    }

    private Response actor(String path) {
        LocalActor actor = found(path);
        if (actor.kind() != LocalActor.Kind.INSTANCE) {
            authorizedFetch.require(organisation.tenant());
        }
        return activityJson(actors.document(organisation.tenant(), actor));
    }

    private LocalActor found(String path) {
        if (!policies.of(organisation.tenant()).enabled()) {
            throw Problem.notFound("this organisation does not federate");
        }
        return actors.byPath(organisation.tenant(), path).orElseThrow(() -> Problem.notFound("no actor at " + path));
    }

    static Response activityJson(jakarta.json.JsonObject json) {
        return Response.ok(json.toString(), Federation.ACTIVITY_JSON).header("Vary", "Accept").build();
    }
}
