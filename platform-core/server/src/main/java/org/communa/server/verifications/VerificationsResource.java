package org.communa.server.verifications;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.json.JsonFields;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's verifications: which they hold, and proving an identifier of the organisation's census, once. */
@Path("api/account/verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants: verifications")
public class VerificationsResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Census census;
    @Inject Verifications verifications;

    @POST
    @Path("census")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove an identifier of the organisation's census, once")
    public Response verify(JsonObject body) {
        census.verify(organisation.tenant(), current.id(), JsonFields.requiredString(JsonFields.body(body), "identifier"));
        return Response.status(201).entity(held()).build();
    }

    @GET
    @Operation(summary = "The verifications the signed-in participant holds")
    public JsonObject held() {
        JsonArrayBuilder methods = JSON.createArrayBuilder();
        verifications.held(organisation.tenant(), current.id()).stream().sorted().forEach(methods::add);
        return JSON.createObjectBuilder().add("methods", methods).build();
    }
}
