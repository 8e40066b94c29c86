package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.system.SystemAdminAuthenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System admins block domains for the whole instance (a domain covers its subdomains). */
@Path("api/system/federation/blocked-domains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: federation")
public class BlockedDomainsResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject BlockedDomains blocked;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "The domains the instance refuses to federate with")
    public JsonArray list() {
        admins.requireSystemAdmin(authorization);
        var list = JSON.createArrayBuilder();
        blocked.all().forEach(b -> list.add(JSON.createObjectBuilder().add("domain", b.domain())
                .add("reason", b.reason() == null ? "" : b.reason()).add("since", b.since())));
        return list.build();
    }

    @PUT
    @Path("{domain}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Block a domain for every organisation (optional reason)")
    public Response block(@PathParam("domain") String domain, JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        String reason = body == null ? null : JsonFields.optionalString(body, "reason");
        blocked.block(actor, valid(domain), reason);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{domain}")
    @Operation(summary = "Lift the block on a domain")
    public Response unblock(@PathParam("domain") String domain) {
        String actor = admins.requireSystemAdmin(authorization);
        if (!blocked.unblock(actor, valid(domain))) {
            throw Problem.notFound(domain + " is not blocked");
        }
        return Response.noContent().build();
    }

    private static String valid(String domain) {
        List<String> one = FederationAdminResource.domains(JSON.createObjectBuilder().add("domain", JSON.createArrayBuilder().add(domain))
                .build(), "domain", List.of());
        return one.get(0);
    }
}
