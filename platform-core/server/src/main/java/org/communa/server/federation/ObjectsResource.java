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
import org.communa.server.participation.ActivityObjects;
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
    @Inject VisitorRequests visitors;

    @GET
    @Operation(summary = "A published resource as an ActivityStreams object (or its page, for browsers)")
    public Response object(@PathParam("component") String component, @PathParam("type") String type, @PathParam("id") String id,
            @HeaderParam("Accept") String accept) {
        TenantId tenant = organisation.tenant();
        String objectId = federation.base(tenant) + "/objects/" + component + "/" + type + "/" + id;
        var row = federation.data(tenant).read(sql -> sql.first("select object_json::text as json, deleted, component_id, resource_type, "
                + "resource_id from federation_objects "
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
        // servers fetching it see its replies and supports as they are now, not as they were when last sent
        return ActorsResource.activityJson(live(tenant, row.uuid("component_id"), row.string("resource_type"), row.string("resource_id"))
                .orElse(object));
    }

    private java.util.Optional<jakarta.json.JsonObject> live(TenantId tenant, java.util.UUID componentId, String type, String id) {
        return visitors.on(tenant, componentId).flatMap(visit -> {
            var mapping = visit.manifest().activityMapping();
            if (mapping == null) {
                return java.util.Optional.empty();
            }
            var participation = visit.request().services().participation();
            return mapping.object(visit.request(), type, id).map(object -> ActivityObjects.of(object, federation.base(tenant), componentId,
                    type, id, visit.componentPath(), visit.spaceSlug(), participation.comments().thread(type, id),
                    participation.supports().state(type, id).count()));
        });
    }
}
