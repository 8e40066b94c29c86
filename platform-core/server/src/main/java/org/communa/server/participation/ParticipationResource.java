package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.json.JsonFields;
import org.communa.modulehost.participation.ReportDesk;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participation API on any module's resource: supports, comments and their votes, follow, reports. */
@Path("api/spaces/{slug}/c/{componentId}/r/{type}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants: participation")
public class ParticipationResource {

    @Inject ParticipationActions actions;
    @Inject AttachmentFiles files;
    @Inject org.communa.server.platform.CommunaSettings links;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @Inject org.communa.server.accounts.CurrentParticipant current;
    @PathParam("slug") String slug;
    @PathParam("componentId") String componentId;
    @PathParam("type") String type;
    @PathParam("id") String id;
    @QueryParam("lang") String lang;

    private ResourceTarget target() {
        return actions.resolve(slug, componentId, type, id, lang != null && lang.matches("fr|en|ca|es") ? lang : "fr");
    }

    @GET
    @Path("supports")
    @Operation(summary = "Supports of the resource: count, whether mine, how many I use in the component")
    public JsonObject supports() {
        ResourceTarget target = target();
        return ParticipationJson.supports(target.services().supports().state(type, id));
    }

    @POST
    @Path("supports")
    @Operation(summary = "Support the resource (a second support changes nothing; refused beyond the component's limit)")
    public JsonObject support() {
        return ParticipationJson.supports(actions.support(target(), true));
    }

    @DELETE
    @Path("supports")
    @Operation(summary = "Withdraw my support")
    public JsonObject withdraw() {
        return ParticipationJson.supports(actions.support(target(), false));
    }

    @GET
    @Path("activity")
    @Produces({"application/activity+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The resource as an ActivityStreams object (the module's mapping), with its comments as Note replies "
            + "and its supports counted as likes")
    public Response activity() {
        ResourceTarget target = target();
        var mapping = target.manifest().activityMapping();
        var visitor = new org.communa.module.api.http.ModuleRequest("GET", "", java.util.Map.of(), java.util.Map.of(), null,
                target.request().organisationId(), target.request().spaceSlug(), target.componentId(), null, target.request().locale(),
                target.request().settings(), target.request().services(), false);
        var object = mapping == null ? java.util.Optional.<org.communa.module.api.federation.FederatedObject>empty()
                : mapping.object(visitor, type, id);
        if (object.isEmpty()) {
            throw Problem.notFound("this " + type + " is not published to the fediverse");
        }
        return Response.ok(ActivityObjects.of(object.get(), links.linkBase(organisation.primaryHost()), target.componentId(), type, id,
                target.componentPath(), target.request().spaceSlug(),
                target.services().comments().thread(type, id), target.services().supports().state(type, id).count()),
                "application/activity+json").build();
    }

    @GET
    @Path("comments")
    @Operation(summary = "The comment thread, in reading order")
    public JsonObject comments() {
        return ParticipationJson.thread(target().services().comments().thread(type, id));
    }

    @POST
    @Path("comments")
    @Operation(summary = "Comment, or reply with parentId; alignment -1, 0 or 1")
    public Response comment(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        Integer alignment = JsonFields.optionalInt(b, "alignment");
        return Response.status(201).entity(ParticipationJson.comment(actions.comment(target(), Ids.optional(JsonFields.optionalString(b, "parentId")),
                JsonFields.requiredString(b, "body"), alignment == null ? 0 : alignment))).build();
    }

    @PUT
    @Path("comments/{comment}")
    @Operation(summary = "Edit my comment")
    public JsonObject edit(@PathParam("comment") String comment, JsonObject body) {
        return ParticipationJson.comment(actions.editComment(target(), Ids.optional(comment), JsonFields.requiredString(JsonFields.body(body), "body")));
    }

    @DELETE
    @Path("comments/{comment}")
    @Operation(summary = "Delete my comment (its place in the thread stays)")
    public Response delete(@PathParam("comment") String comment) {
        actions.deleteComment(target(), Ids.optional(comment));
        return Response.noContent().build();
    }

    @PUT
    @Path("comments/{comment}/vote")
    @Operation(summary = "Vote on a comment: 1 up, -1 down, 0 none")
    public JsonObject vote(@PathParam("comment") String comment, JsonObject body) {
        Integer value = JsonFields.optionalInt(JsonFields.body(body), "value");
        if (value == null) {
            throw Problem.badRequest("value is required: 1, -1 or 0");
        }
        return ParticipationJson.comment(actions.vote(target(), Ids.optional(comment), value));
    }

    @PUT
    @Path("follow")
    @Operation(summary = "Follow the resource: be notified of what happens to it")
    public Response follow() {
        actions.follow(target(), true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("follow")
    public Response unfollow() {
        actions.follow(target(), false);
        return Response.noContent().build();
    }

    @POST
    @Path("reports")
    @Operation(summary = "Report the resource, or one of its comments (commentId): spam, offensive, does_not_belong, other")
    public Response report(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        ReportDesk.Outcome outcome = actions.report(target(), Ids.optional(JsonFields.optionalString(b, "commentId")),
                JsonFields.requiredString(b, "reason"), JsonFields.optionalString(b, "details"));
        return Response.status(201).entity(JSON.createObjectBuilder().add("reports", outcome.reports())
                .add("hidden", outcome.hidden()).build()).build();
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach an image (PNG, JPEG, GIF, WebP) or a PDF: the file is the body, its name in X-File-Name; "
            + "the resource's author or an admin")
    public Response attach(@jakarta.ws.rs.HeaderParam("X-File-Name") String fileName, java.io.InputStream content) {
        var view = files.store(target(), organisation.tenant(), current.roles(), fileName, content);
        return Response.status(201).entity(JSON.createObjectBuilder().add("id", view.id()).add("fileName", view.fileName())
                .add("contentType", view.contentType()).add("sizeBytes", view.sizeBytes()).add("url", view.url()).build()).build();
    }

    @DELETE
    @Path("attachments/{attachment}")
    @Operation(summary = "Remove an attachment (its uploader or an admin)")
    public Response detach(@PathParam("attachment") String attachment) {
        files.delete(target(), organisation.tenant(), current.roles(), Ids.optional(attachment));
        return Response.noContent().build();
    }

}
