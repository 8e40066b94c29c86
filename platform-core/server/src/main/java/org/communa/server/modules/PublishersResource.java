package org.communa.server.modules;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.server.system.SystemAdminAuthenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System admins decide whose module bundles the instance installs. */
@Path("api/system/publishers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: modules")
public class PublishersResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject TrustedPublishers publishers;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "Trusted publishers: name and SHA-256 fingerprint of their key")
    public JsonObject list() {
        admins.requireSystemAdmin(authorization);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        publishers.byFingerprint().forEach((fingerprint, name) ->
                items.add(JSON.createObjectBuilder().add("fingerprint", fingerprint).add("name", name)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Consumes({"application/x-pem-file", MediaType.TEXT_PLAIN})
    @Operation(summary = "Trust a publisher: its PEM certificate (keytool -exportcert -rfc) or PEM public key")
    public Response add(String pem, @QueryParam("name") String name) {
        String admin = admins.requireSystemAdmin(authorization);
        String fingerprint = publishers.add(admin, pem, name);
        return Response.status(201).entity(JSON.createObjectBuilder().add("fingerprint", fingerprint).build()).build();
    }

    @DELETE
    @Path("{fingerprint}")
    @Operation(summary = "Stop trusting a publisher (installed bundles stay; new ones from it are refused)")
    public Response remove(@PathParam("fingerprint") String fingerprint) {
        String admin = admins.requireSystemAdmin(authorization);
        publishers.remove(admin, fingerprint);
        return Response.noContent().build();
    }
}
