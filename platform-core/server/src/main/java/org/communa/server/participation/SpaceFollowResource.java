package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following a whole participatory space: told of what is published in any of its components. */
@Path("api/spaces/{slug}/follow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants: participation")
public class SpaceFollowResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject FollowSpace follows;
    @PathParam("slug") String slug;

    @GET
    @Operation(summary = "Whether I follow the space")
    public JsonObject state() {
        return JSON.createObjectBuilder().add("following", follows.follows(organisation.tenant(), current.id(), slug)).build();
    }

    @PUT
    @Operation(summary = "Follow the space")
    public Response follow() {
        follows.follow(organisation.tenant(), current.id(), slug, true);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Stop following the space")
    public Response unfollow() {
        follows.follow(organisation.tenant(), current.id(), slug, false);
        return Response.noContent().build();
    }
}
