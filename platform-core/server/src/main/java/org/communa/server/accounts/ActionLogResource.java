package org.communa.server.accounts;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins read who did what in their organisation's components, newest first. */
@Path("api/admin/action-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: settings and roles")
public class ActionLogResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject TenantTransactions transactions;

    @GET
    @Operation(summary = "The organisation's action log: time, participant, module, component, action, resource")
    public JsonArray list(@QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("module") String module) {
        current.require(Role.admin);
        if (limit < 1 || limit > 1000) {
            throw Problem.badRequest("limit must be between 1 and 1000, got: " + limit);
        }
        return transactions.inTenant(organisation.tenant(), em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), participant_id::text, module_key,
                           component_id::text, action, resource_type, resource_id
                      from action_log where cast(?1 as text) is null or module_key = cast(?1 as text) order by at desc limit ?2""")
                    .setParameter(1, module).setParameter(2, limit).getResultList();
            JsonArrayBuilder items = JSON.createArrayBuilder();
            for (Object[] row : rows) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("at", (String) row[0]).add("module", (String) row[2])
                        .add("action", (String) row[4]).add("resourceType", (String) row[5]);
                addIfPresent(item, "participantId", row[1]);
                addIfPresent(item, "componentId", row[3]);
                addIfPresent(item, "resourceId", row[6]);
                items.add(item);
            }
            return items.build();
        });
    }

    private static void addIfPresent(JsonObjectBuilder item, String name, Object value) {
        if (value != null) {
            item.add(name, (String) value);
        }
    }
}
