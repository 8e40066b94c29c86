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
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.communa.kernel.problem.Problem;
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
    @Operation(summary = "Replace the census: one SHA-256 hex per line of an identifier trimmed and upper-cased, optionally "
            + ";SCOPE_ID; validUntil (a date or an ISO 8601 time): when these entries stop being valid")
    public JsonObject upload(String lines, @QueryParam("validUntil") String validUntil) {
        current.require(Role.admin);
        return JSON.createObjectBuilder().add("entries", census.replace(organisation.tenant(), lines, until(validUntil))).build();
    }

    /** A date (valid through that day, until midnight UTC after it) or a time with its offset; null for none. */
    public static OffsetDateTime until(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("validUntil must be a date (2027-06-30) or a time with its offset (2027-06-30T18:00:00+02:00), got: "
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }

    @GET
    @Operation(summary = "How many identifiers the census holds")
    public JsonObject size() {
        current.require(Role.admin);
        return JSON.createObjectBuilder().add("entries", census.size(organisation.tenant())).build();
    }
}
