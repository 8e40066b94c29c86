package org.communa.server.verifications;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.communa.modulehost.eligibility.CensusReplacement;
import org.communa.kernel.json.JsonFields;
import org.communa.modulehost.ActionContext;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.data.Row;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.platform.Platform;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The verification methods an organisation uses, configured once for every module: whether each is on and
 * how long a proof of it stays valid (the census's entries may end sooner). Methods still to come (an
 * e-mail domain, single-use codes, single sign-on, a postcode, a document) keep their settings here too.
 */
@Path("api/admin/verifications/methods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: verifications")
public class VerificationMethodsResource {

    /** The methods an organisation can configure today. */
    static final List<String> CONFIGURABLE = List.of("census");

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Platform platform;
    @Inject org.communa.server.http.ReadCaches caches;

    @GET
    @Operation(summary = "The organisation's verification methods: on or off, and how many days a proof stays valid")
    public JsonObject list() {
        current.require(Role.admin);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        Map<String, Row> configured = new java.util.HashMap<>();
        host().read(sql -> sql.query("select method, enabled, validity_days from verification_methods"))
                .forEach(row -> configured.put(row.string("method"), row));
        for (String method : CONFIGURABLE) {
            Row row = configured.get(method);
            JsonObjectBuilder item = JSON.createObjectBuilder().add("method", method).add("enabled", row == null || row.bool("enabled"));
            if (row != null && row.integer("validity_days") != null) {
                item.add("validityDays", row.integer("validity_days"));
            } else {
                item.addNull("validityDays");
            }
            items.add(item);
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @PUT
    @Path("{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Configure a method: enabled, validityDays (1 to 3650, or null for as long as the census entry)")
    public JsonObject configure(@PathParam("method") String method, JsonObject body) {
        current.require(Role.admin);
        if (!CONFIGURABLE.contains(method)) {
            throw Problem.notFound("no verification method " + (method.length() > 40 ? method.substring(0, 40) + "…" : method)
                    + "; the organisation can configure: " + String.join(", ", CONFIGURABLE));
        }
        JsonObject json = JsonFields.body(body);
        Integer days = JsonFields.optionalInt(json, "validityDays");
        if (days != null && (days < 1 || days > 3650)) {
            throw Problem.badRequest("validityDays must be between 1 and 3650, or null, got: " + days);
        }
        Boolean enabled = JsonFields.optionalBoolean(json, "enabled");
        host().write(sql -> {
            sql.update("insert into verification_methods (method, enabled, validity_days) values (?, ?, ?) "
                    + "on conflict (tenant_id, method) do update set enabled = excluded.enabled, validity_days = excluded.validity_days",
                    method, enabled == null || enabled, days);
            CensusReplacement.refreshProofs(sql);
            return null;
        });
        // who holds what is kept a few seconds per participant: a switched-off method must stop counting at once
        caches.invalidateContent(organisation.tenant());
        return list();
    }

    private org.communa.module.api.data.ModuleData host() {
        return platform.moduleConnections().host(organisation.tenant(), new ActionContext("verifications", null, current.present() ? current.id() : null));
    }
}
