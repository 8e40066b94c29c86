package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.representativeness.DemographicAttributes;
import org.communa.server.representativeness.PopulationReferences;
import org.communa.server.representativeness.Representativeness;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /admin/representativeness: who takes part against the population per group (shares, ratio, the gaps
 * highlighted, small groups hidden), and the forms for the population figures of each attribute.
 */
@Path("admin/representativeness")
@RequestScoped
public class AdminRepresentativenessPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject AdminChoices choices;
    @Inject DemographicAttributes attributes;
    @Inject PopulationReferences references;
    @Inject Representativeness representativeness;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("space") String space, @QueryParam("saved") String saved) {
        return gate.asAdmin(() -> render(200, space, saved == null ? null : "admin.representativeness.saved", null));
    }

    @POST
    @Path("references/{attribute}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveReferences(@PathParam("attribute") String attribute, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            JsonObjectBuilder figures = JSON.createObjectBuilder();
            try {
                form.forEach((field, values) -> {
                    String value = values.isEmpty() ? "" : values.get(0).strip();
                    if (field.startsWith("population.") && !value.isEmpty()) {
                        try {
                            figures.add(field.substring("population.".length()), Long.parseLong(value));
                        } catch (NumberFormatException e) {
                            throw Problem.badRequest("a population is a whole number, got: " + value)
                                    .explainedAs("admin.representativeness.problem.number");
                        }
                    }
                });
                references.replace(organisation.tenant(), attribute, figures.build());
                return Response.seeOther(URI.create("/admin/representativeness?saved=1")).build();
            } catch (Problem refused) {
                return render(refused.status(), null, null, pages.refusal(refused));
            }
        });
    }

    private Response render(int status, String space, String notice, String problem) {
        Map<String, Object> model = new LinkedHashMap<>(choices.all());
        model.put("attributes", attributes.all(organisation.tenant()));
        try {
            model.put("dashboard", JsonModel.of(representativeness.dashboard(organisation.tenant(), Ids.optional(space))));
        } catch (Problem refused) {
            return pages.page(refused.status(), "pages/error", Map.of("status", refused.status()));
        }
        model.put("space", space == null ? "" : space);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/representativeness", model);
    }
}
