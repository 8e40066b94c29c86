package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contribution analysis of a space, for the organisation's admins. */
@Path("api/admin/spaces/{space}/analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: contribution analysis")
public class AnalysesResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject AnalyseContributions analyse;
    @Inject ContributionAnalyses analyses;
    @Inject DraftThemeSummaries summaries;
    @PathParam("space") String space;

    @POST
    @Operation(summary = "Group the space's proposals and comments into themes, on this server (machine-made: validate before publishing)")
    public Response run() {
        UUID admin = current.require(Role.admin);
        UUID id = analyse.analyse(organisation.tenant(), spaceId(), admin);
        return Response.status(201).entity(analyses.get(organisation.tenant(), spaceId(), id)).build();
    }

    @GET
    @Operation(summary = "The space's analyses, newest first")
    public JsonObject list() {
        current.require(Role.admin);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        analyses.list(organisation.tenant(), spaceId()).forEach(items::add);
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One analysis: themes (label, words, members closest first), near-duplicates, unclassified")
    public JsonObject get(@PathParam("id") String id) {
        current.require(Role.admin);
        return analyses.get(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"));
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The themes and their contributions as CSV")
    public Response csv(@PathParam("id") String id) {
        current.require(Role.admin);
        return org.communa.server.http.CsvDownloads.of(ContributionAnalyses.csv(analyses.get(organisation.tenant(), spaceId(),
                Ids.inPath(id, "analysis"))), "themes.csv");
    }

    @PUT
    @Path("{id}/labels")
    @Operation(summary = "Name the themes: {labels: [one per theme, in order]} (a validation is needed again)")
    public JsonObject rename(@PathParam("id") String id, JsonObject body) {
        current.require(Role.admin);
        if (!(JsonFields.body(body).get("labels") instanceof JsonArray labels)) {
            throw Problem.badRequest("labels must be a list of names, one per theme");
        }
        return analyses.rename(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"), labels);
    }

    @POST
    @Path("{id}/summaries")
    @Operation(summary = "Ask the organisation's language model (if it connected one; off by default) to draft a summary of "
            + "each theme: {language: \"fr\"}; the drafts are marked as such and need validating")
    public JsonObject summarise(@PathParam("id") String id, JsonObject body) {
        current.require(Role.admin);
        String language = body == null ? null : JsonFields.optionalString(body, "language");
        return summaries.draft(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"), language == null ? "fr" : language);
    }

    @POST
    @Path("{id}/validate")
    @Operation(summary = "An admin has read the grouping and vouches for it")
    public JsonObject validate(@PathParam("id") String id) {
        UUID admin = current.require(Role.admin);
        return analyses.validate(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"), admin);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Show the validated themes on the space's page (409 until validated)")
    public JsonObject publish(@PathParam("id") String id) {
        current.require(Role.admin);
        return analyses.publish(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"), true);
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Take the themes off the space's page")
    public JsonObject unpublish(@PathParam("id") String id) {
        current.require(Role.admin);
        return analyses.publish(organisation.tenant(), spaceId(), Ids.inPath(id, "analysis"), false);
    }

    private UUID spaceId() {
        return Ids.inPath(space, "space");
    }
}
