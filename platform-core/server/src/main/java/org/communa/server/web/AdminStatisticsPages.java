package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.statistics.StatisticsAggregator;
import org.communa.server.statistics.StatisticsFilter;
import org.communa.server.statistics.StatisticsReport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /admin/statistics: the organisation's, a space's or a component's figures over days (totals, a chart per
 * figure with its table, per scope, newsletters' effect), their CSV and JSON, and a recount on demand.
 */
@Path("admin/statistics")
@RequestScoped
public class AdminStatisticsPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject AdminChoices choices;
    @Inject StatisticsReport report;
    @Inject StatisticsAggregator aggregator;
    @jakarta.ws.rs.core.Context UriInfo uri;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("space") String space, @QueryParam("component") String component,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return gate.asAdmin(() -> {
            Map<String, Object> model = new LinkedHashMap<>(choices.all());
            try {
                JsonObject figures = report.report(organisation.tenant(), StatisticsFilter.of(space,
                        component != null && !component.isBlank() && (space == null || space.isBlank()) ? null : component,
                        from, to, report.today(organisation.tenant())));
                model.put("report", JsonModel.of(figures));
                model.put("charts", charts(figures));
                model.put("query", uri.getRequestUri().getRawQuery() == null ? "" : uri.getRequestUri().getRawQuery());
                return pages.page("pages/admin/statistics", model);
            } catch (Problem refused) {
                model.put("problem", pages.refusal(refused));
                return pages.page(refused.status(), "pages/admin/statistics", model);
            }
        });
    }

    @POST
    @Path("recount")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recount() {
        return gate.asAdmin(() -> {
            aggregator.count(organisation.tenant());
            String query = uri.getRequestUri().getRawQuery();
            return Response.seeOther(URI.create("/admin/statistics" + (query == null ? "" : "?" + query))).build();
        });
    }

    /** One chart per figure: its value each day. */
    private static List<Map<String, Object>> charts(JsonObject figures) {
        List<Map<String, Object>> charts = new ArrayList<>();
        for (JsonValue metric : figures.getJsonArray("metrics")) {
            String key = metric.asJsonObject().getString("key");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (JsonValue day : figures.getJsonArray("days")) {
                rows.add(Map.of("label", day.asJsonObject().getString("day"), "value", day.asJsonObject().getJsonNumber(key).longValue()));
            }
            charts.add(Map.of("key", key, "name", JsonModel.of(metric.asJsonObject().get("name")), "rows", rows));
        }
        return charts;
    }
}
