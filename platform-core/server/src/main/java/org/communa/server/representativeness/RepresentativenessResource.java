package org.communa.server.representativeness;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.persistence.TranslationsConverter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Who is absent", for the organisation's admins: attributes, reference figures, and the comparison (JSON, CSV). */
@Path("api/admin/representativeness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: representativeness")
public class RepresentativenessResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject DemographicAttributes attributes;
    @Inject PopulationReferences references;
    @Inject Representativeness representativeness;

    @GET
    @Operation(summary = "Those who contributed (in the organisation, or ?space=) per declared group against the population: "
            + "shares, ratio, gaps; no count under the minimum group size")
    public JsonObject dashboard(@QueryParam("space") String space) {
        current.require(Role.admin);
        return representativeness.dashboard(organisation.tenant(), Ids.optional(space));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same comparison as CSV (hidden counts written \"< minimum\")")
    public Response csv(@QueryParam("space") String space) {
        current.require(Role.admin);
        return org.communa.server.http.CsvDownloads.of(Representativeness.csv(representativeness.dashboard(organisation.tenant(),
                Ids.optional(space))), "representativeness.csv");
    }

    @GET
    @Path("attributes")
    @Operation(summary = "The groups participants may declare: the scope, and the organisation's attributes")
    public JsonObject attributes() {
        current.require(Role.admin);
        return JSON.createObjectBuilder().add("items", json(attributes.all(organisation.tenant()))).build();
    }

    @PUT
    @Path("attributes")
    @Operation(summary = "Replace the organisation's attributes: {items: [{key, name: {fr}, choices: [{code, name: {fr}}]}]}")
    public JsonObject replaceAttributes(JsonObject body) {
        current.require(Role.admin);
        if (!(JsonFields.body(body).get("items") instanceof JsonArray items)) {
            throw Problem.badRequest("items must be a list of attributes");
        }
        attributes.replace(organisation.tenant(), items);
        return attributes();
    }

    @PUT
    @Path("references/{attribute}")
    @Operation(summary = "The population per choice of an attribute: {\"choice code\": population} (scope: scope ids)")
    public Response replaceReferences(@PathParam("attribute") String attribute, JsonObject figures) {
        current.require(Role.admin);
        references.replace(organisation.tenant(), attribute, JsonFields.body(figures));
        return Response.noContent().build();
    }

    @PUT
    @Path("minimum-group-size")
    @Operation(summary = "The fewest people a group shown may have: {size: 10} (5 at least)")
    public Response minimumGroupSize(JsonObject body) {
        current.require(Role.admin);
        Integer size = JsonFields.optionalInt(JsonFields.body(body), "size");
        if (size == null) {
            throw Problem.badRequest("size is required");
        }
        references.minimumGroupSize(organisation.tenant(), size);
        return Response.noContent().build();
    }

    static JsonArrayBuilder json(java.util.List<DemographicAttributes.Attribute> all) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (DemographicAttributes.Attribute attribute : all) {
            JsonArrayBuilder choices = JSON.createArrayBuilder();
            attribute.choices().forEach(c -> choices.add(JSON.createObjectBuilder().add("code", c.code())
                    .add("name", TranslationsConverter.toJson(c.name()))));
            items.add(JSON.createObjectBuilder().add("key", attribute.key()).add("name", TranslationsConverter.toJson(attribute.name()))
                    .add("choices", choices));
        }
        return items;
    }
}
