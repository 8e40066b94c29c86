package org.communa.server.system;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System admins read the audit log of system actions, newest first, optionally for one organisation. */
@Path("api/system/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: audit")
public class AuditResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject SystemTransactions system;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "Audit events, newest first")
    public JsonObject events(@QueryParam("organisation") String organisation, @QueryParam("before") @DefaultValue("9223372036854775807") long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        admins.requireSystemAdmin(authorization);
        if (limit < 1 || limit > 1000) {
            throw Problem.badRequest("limit must be between 1 and 1000");
        }
        UUID subject = organisation == null ? null : OrganisationsResource.parse(organisation);
        return system.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    select id, at, actor, action, subject_organisation_id, detail::text from audit_events
                     where id < ? and (?::uuid is null or subject_organisation_id = ?::uuid)
                     order by id desc limit ?""")) {
                q.setLong(1, before);
                q.setObject(2, subject);
                q.setObject(3, subject);
                q.setInt(4, limit);
                JsonArrayBuilder items = JSON.createArrayBuilder();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        JsonObjectBuilder item = JSON.createObjectBuilder().add("id", rs.getLong(1))
                                .add("at", rs.getTimestamp(2).toInstant().toString()).add("actor", rs.getString(3))
                                .add("action", rs.getString(4))
                                .add("detail", JSON.createReader(new StringReader(rs.getString(6))).readObject());
                        if (rs.getObject(5) != null) {
                            item.add("organisation", rs.getObject(5).toString());
                        }
                        items.add(item);
                    }
                }
                return JSON.createObjectBuilder().add("items", items).build();
            }
        });
    }
}
