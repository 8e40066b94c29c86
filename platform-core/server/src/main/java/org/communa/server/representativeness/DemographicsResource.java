package org.communa.server.representativeness;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's own declarations for the organisation's anonymous statistics, given and withdrawn with consent. */
@Path("api/account/demographics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public class DemographicsResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject DemographicAttributes attributes;
    @Inject DeclareDemographics declare;

    @GET
    @Operation(summary = "What may be declared, and what you declared (with the date of your consent)")
    public JsonObject mine() {
        JsonObject declared = declare.declared(organisation.tenant(), current.id());
        return JSON.createObjectBuilder(declared).add("attributes", RepresentativenessResource.json(attributes.all(organisation.tenant())))
                .build();
    }

    @PUT
    @Operation(summary = "{consent: true, values: {scope: id, age_band: code}}; {consent: false} forgets everything declared")
    public JsonObject change(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        Boolean consent = JsonFields.optionalBoolean(b, "consent");
        if (consent == null) {
            throw Problem.badRequest("consent is required: true to declare, false to forget what you declared");
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonValue given = b.get("values");
        if (given instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (!(value instanceof JsonString text) && value != JsonValue.NULL) {
                    throw Problem.badRequest("values." + key + " must be a choice's code or null");
                }
                values.put(key, value instanceof JsonString text ? text.getString() : null);
            });
        } else if (given != null && given != JsonValue.NULL) {
            throw Problem.badRequest("values must be an object of attribute to choice");
        }
        declare.declare(organisation.tenant(), current.id(), consent, values);
        return mine();
    }
}
