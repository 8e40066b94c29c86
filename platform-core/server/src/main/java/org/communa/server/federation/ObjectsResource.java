package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A published resource at its ActivityPub id: the object as last sent for servers, a redirection to its
 * page for browsers, a Tombstone (410) once it is withdrawn.
 */
@Path("objects/{component}/{type}/{id}")
@RequestScoped
@Tag(name = "federation")
public class ObjectsResource {

    @Inject RequestOrganisation organisation;
    @Inject Federation federation;
    @Inject AuthorizedFetch authorizedFetch;

    @GET
    @Operation(summary = "A published resource as an ActivityStreams object (or its page, for browsers)")
    public Response object(@PathParam("component") String component, @PathParam("type") String type, @PathParam("id") String id,
            @HeaderParam("Accept") String accept) {
        TenantId tenant = organisation.tenant();
        String objectId = federation.base(tenant) + "/objects/" + component + "/" + type + "/" + id;
        var row = federation.data(tenant).read(sql -> sql.first("select object_json::text as json, deleted from federation_objects "
                + "where object_id = ?", objectId)).orElseThrow(() -> Problem.notFound("nothing was published at " + objectId));
        var object = JSON.createReader(new StringReader(row.string("json"))).readObject();
        if (!ContentNegotiation.wantsActivityJson(accept) && object.containsKey("url")) {
            return Response.seeOther(URI.create(object.getString("url"))).build();
        }
        authorizedFetch.require(tenant);
        if (Boolean.TRUE.equals(row.bool("deleted"))) {
            return Response.status(410).entity(JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT).add("id", objectId)
                    .add("type", "Tombstone").build().toString()).type(Federation.ACTIVITY_JSON).build();
        }
        return ActorsResource.activityJson(object);
    }
}
