package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderators' API: reported content, hide and restore. Moderators and admins only. */
@Path("api/admin/moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admins: moderation")
public class ModerationResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject ModerationQueue queue;
    @Inject org.communa.server.accounts.BlockAccount blocking;

    @GET
    @Operation(summary = "Reported content, hidden last, most reported first")
    public JsonObject reported(@QueryParam("limit") @DefaultValue("100") int limit) {
        requireModerator(current);
        if (limit < 1 || limit > 500) {
            throw Problem.badRequest("limit must be between 1 and 500, got: " + limit);
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ModerationQueue.Item item : queue.reported(organisation.tenant(), limit)) {
            var json = JSON.createObjectBuilder().add("componentId", item.componentId().toString()).add("type", item.type())
                    .add("id", item.id()).add("reports", item.reports()).add("hidden", item.hiddenAt() != null)
                    .add("url", item.url() == null ? "" : item.url()).add("excerpt", item.excerpt() == null ? "" : item.excerpt())
                    .add("reasons", item.reasons() == null ? "" : item.reasons()).add("authorBlocked", item.authorBlocked());
            if (item.authorId() != null) {
                json.add("authorId", item.authorId().toString());
            }
            items.add(json);
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Path("{componentId}/{type}/{id}/{action: hide|restore}")
    @Operation(summary = "Hide reported content everywhere, or restore it")
    public Response moderate(@PathParam("componentId") String componentId, @PathParam("type") String type, @PathParam("id") String id,
            @PathParam("action") String action) {
        requireModerator(current);
        UUID component = Ids.inPath(componentId, "component");
        queue.moderate(organisation.tenant(), current.id(), component, type, id, action.equals("hide"));
        return Response.noContent().build();
    }

    @POST
    @Path("participants/{participant}/{action: block|unblock}")
    @Operation(summary = "Block an abusive account (its sessions end, it cannot sign in), or unblock it")
    public Response block(@PathParam("participant") String participant, @PathParam("action") String action) {
        requireModerator(current);
        blocking.block(organisation.tenant(), current.id(), participant, action.equals("block"));
        return Response.noContent().build();
    }

    static void requireModerator(CurrentParticipant current) {
        if (!current.moderates()) {
            current.id();
            throw Problem.forbidden("moderation needs the moderator role in this organisation");
        }
    }
}
