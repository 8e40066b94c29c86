package org.communa.modules.proposals;

import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** The published proposals of the component, filtered, ordered and paginated, with their counts. */
final class ListProposals implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        String defaultSeed = request.participantId().map(Object::toString).orElse(java.time.LocalDate.now().toString());
        ProposalFilter filter = ProposalFilter.from(request.query(), defaultSeed);
        boolean staff = Proposals.staff(request);
        boolean supportsVisible = request.settings().bool("supports_visible");
        Page page = request.data().read(sql -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add(request.componentId());
            String where = " where p.component_id = ?" + filter.where(parameters);
            List<Object> countParameters = new ArrayList<>(parameters);
            String orderBy = filter.orderBy(parameters);
            parameters.addAll(filter.pageParameters());
            // the total rides along each row (one query); only a page past the end needs asking again
            List<Row> rows = sql.query(Proposals.SELECT.replaceFirst("select ", "select count(*) over () as total, ") + where + orderBy
                    + " limit ? offset ?", parameters.toArray());
            long total = !rows.isEmpty() ? rows.get(0).integer("total") : filter.page() == 1 ? 0
                    : sql.first("select count(*) as total from proposals_proposals p left join sdk_resource_stats r "
                            + "on r.component_id = p.component_id and r.resource_type = 'proposal' and r.resource_id = p.id::text" + where,
                            countParameters.toArray()).orElseThrow().integer("total");
            return new Page(rows, total);
        });
        List<Map<String, Object>> items = page.rows().stream().map(row -> {
            Map<String, Object> view = Proposals.view(row, staff);
            if (!supportsVisible) {
                view.remove("supports");
            }
            return view;
        }).toList();
        if (!request.wantsPage()) {
            JsonArrayBuilder array = ProposalJson.JSON.createArrayBuilder();
            items.forEach(item -> array.add(ProposalJson.of(item)));
            return ModuleResponse.json(200, ProposalJson.JSON.createObjectBuilder().add("items", array).add("total", page.total())
                    .add("page", filter.page()).add("perPage", filter.perPage()).add("seed", filter.seed()).build().toString())
                    .publicFor(5);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("proposals", items);
        model.put("mapPoints", Proposals.mapPoints(page.rows()));
        model.put("total", page.total());
        model.put("filter", Map.of("category", filter.categoryId() == null ? "" : filter.categoryId().toString(),
                "scope", filter.scopeId() == null ? "" : filter.scopeId().toString(), "state", filter.state() == null ? "" : filter.state(),
                "q", filter.text() == null ? "" : filter.text(), "order", filter.order(), "seed", filter.seed()));
        model.put("page", filter.page());
        model.put("pages", Math.max(1, (page.total() + filter.perPage() - 1) / filter.perPage()));
        model.put("orders", List.copyOf(new java.util.TreeSet<>(ProposalFilter.ORDERS)));
        model.put("states", List.of("accepted", "evaluating", "rejected", "not_answered", "withdrawn"));
        model.put("supportsVisible", supportsVisible);
        model.put("canCreate", request.services().can("create") || request.services().can("assist"));
        model.put("signedIn", request.participantId().isPresent());
        model.put("choices", ProposalForms.choices(request));
        return ModuleResponse.view("list", model);
    }

    private record Page(List<Row> rows, long total) {
    }
}
