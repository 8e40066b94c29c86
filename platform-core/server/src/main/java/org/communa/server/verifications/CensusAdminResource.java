package org.communa.server.verifications;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins upload the organisation's census: one SHA-256 hex per line of an identifier trimmed and upper-cased. */
@Path("api/admin/verifications/census")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: verifications")
public class CensusAdminResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Census census;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace the census: one SHA-256 hex per line of an identifier trimmed and upper-cased")
    public JsonObject upload(String lines) {
        current.require(Role.admin);
        return JSON.createObjectBuilder().add("entries", census.replace(organisation.tenant(), lines)).build();
    }

    @GET
    @Operation(summary = "How many identifiers the census holds")
    public JsonObject size() {
        current.require(Role.admin);
        return JSON.createObjectBuilder().add("entries", census.size(organisation.tenant())).build();
    }
}
