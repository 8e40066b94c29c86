package org.communa.server.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's statistics for its admins, as JSON and CSV, and a recount on demand. */
@Path("api/admin/statistics")
@RequestScoped
@Tag(name = "organisation admin: statistics")
public class StatisticsResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject StatisticsReport report;
    @Inject StatisticsAggregator aggregator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Figures per day and in total for the organisation, a space (?space=) or a component (?component=), "
            + "over ?from=&to= (days; by default the last 30), with scopes and newsletters' effect for the organisation")
    public JsonObject statistics(@QueryParam("space") String space, @QueryParam("component") String component,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        current.require(Role.admin);
        return report.report(organisation.tenant(), filter(space, component, from, to));
    }

    @GET
    @Path("daily.csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures per day as CSV")
    public Response csv(@QueryParam("space") String space, @QueryParam("component") String component,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        current.require(Role.admin);
        return org.communa.server.http.CsvDownloads.of(report.csv(report.report(organisation.tenant(), filter(space, component, from, to))),
                "statistics.csv");
    }

    @POST
    @Path("recount")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recount the organisation's statistics now (the instance does it every minute when something changed)")
    public Response recount() {
        current.require(Role.admin);
        aggregator.count(organisation.tenant());
        return Response.noContent().build();
    }

    private StatisticsFilter filter(String space, String component, String from, String to) {
        if (component != null && !component.isBlank() && (space == null || space.isBlank())) {
            throw org.communa.kernel.problem.Problem.badRequest("a component is named with its space: ?space=…&component=…");
        }
        return StatisticsFilter.of(space, component, from, to, report.today(organisation.tenant()));
    }
}
