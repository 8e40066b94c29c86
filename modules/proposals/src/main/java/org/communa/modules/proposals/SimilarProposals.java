package org.communa.modules.proposals;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.SearchHit;

/** Published proposals that look like this one (same words in French or English, or a close title). */
final class SimilarProposals implements RouteHandler {

    static final int SHOWN = 5;

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        Row row = request.data().read(sql -> Proposals.require(sql, request));
        JsonArrayBuilder items = ProposalJson.JSON.createArrayBuilder();
        for (Map<String, Object> hit : find(request, row)) {
            items.add(ProposalJson.JSON.createObjectBuilder().add("id", hit.get("id").toString()).add("title", hit.get("title").toString())
                    .add("score", (Double) hit.get("score")));
        }
        return ModuleResponse.json(200, ProposalJson.JSON.createObjectBuilder().add("items", items).build().toString());
    }

    static List<Map<String, Object>> find(ModuleRequest request, Row row) {
        String own = row.uuid("id").toString();
        List<SearchHit> hits = request.services().participation().search()
                .similar(ProposalsModule.TYPE, row.string("title"), SHOWN + 1);
        return hits.stream().filter(h -> !h.id().equals(own)).limit(SHOWN)
                .map(h -> Map.<String, Object>of("id", h.id(), "title", h.title(), "path", h.path(), "score", h.score())).toList();
    }
}
