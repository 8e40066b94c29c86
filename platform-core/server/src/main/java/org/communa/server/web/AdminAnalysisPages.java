package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.analysis.AnalyseContributions;
import org.communa.server.analysis.ContributionAnalyses;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /admin/spaces/{space}/analysis: group the space's contributions into themes, read them (closest
 * contributions first, near-duplicates), rename them, validate, publish or withdraw; every view says the
 * grouping is machine-made.
 */
@Path("admin/spaces/{space}/analysis")
@RequestScoped
public class AdminAnalysisPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject AnalyseContributions analyse;
    @Inject ContributionAnalyses analyses;
    @Inject org.communa.server.analysis.DraftThemeSummaries summaries;
    @PathParam("space") String space;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("id") String id) {
        return gate.asAdmin(() -> render(200, id == null ? null : Ids.inPath(id, "analysis"), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response run() {
        return gate.asAdmin(() -> shown(() -> analyse.analyse(organisation.tenant(), spaceId(), current.id())));
    }

    @POST
    @Path("{id}/{action: labels|summaries|validate|publish|unpublish}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response act(@PathParam("id") String id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            UUID analysis = Ids.inPath(id, "analysis");
            try {
                switch (action) {
                    case "labels" -> {
                        JsonArrayBuilder labels = JSON.createArrayBuilder();
                        List<String> given = form.get("label");
                        (given == null ? List.<String>of() : given).forEach(labels::add);
                        analyses.rename(organisation.tenant(), spaceId(), analysis, labels.build());
                    }
                    case "summaries" -> summaries.draft(organisation.tenant(), spaceId(), analysis, pages.locale());
                    case "validate" -> analyses.validate(organisation.tenant(), spaceId(), analysis, current.id());
                    case "publish" -> analyses.publish(organisation.tenant(), spaceId(), analysis, true);
                    default -> analyses.publish(organisation.tenant(), spaceId(), analysis, false);
                }
                return Response.seeOther(URI.create("/admin/spaces/" + spaceId() + "/analysis?id=" + analysis)).build();
            } catch (Problem refused) {
                return render(refused.status(), analysis, pages.refusal(refused));
            }
        });
    }

    private Response shown(Supplier<UUID> made) {
        UUID id = made.get();
        return Response.seeOther(URI.create("/admin/spaces/" + spaceId() + "/analysis?id=" + id)).build();
    }

    private Response render(int status, UUID id, String problem) {
        List<JsonObject> list = analyses.list(organisation.tenant(), spaceId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceId", spaceId().toString());
        model.put("analyses", list.stream().map(JsonModel::of).toList());
        UUID shown = id != null ? id : list.isEmpty() ? null : UUID.fromString(list.get(0).getString("id"));
        if (shown != null) {
            model.put("analysis", JsonModel.of(analyses.get(organisation.tenant(), spaceId(), shown)));
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/analysis", model);
    }

    private UUID spaceId() {
        return Ids.inPath(space, "space");
    }
}
