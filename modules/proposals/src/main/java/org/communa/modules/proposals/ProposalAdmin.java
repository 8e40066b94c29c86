package org.communa.modules.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The staff's page: every published proposal with its answer (drafted or published) and a form to
 * answer it, the button that publishes drafted answers, and for admins import and export.
 */
final class ProposalAdmin implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("answer");
        List<Map<String, Object>> proposals = request.data().read(sql -> sql.query(Proposals.SELECT
                + " where p.component_id = ? and p.state = 'published' order by p.reference", request.componentId()))
                .stream().map(row -> {
                    Map<String, Object> view = Proposals.view(row, true);
                    view.put("answerDraft", row.time("answered_at") != null && row.time("answer_published_at") == null);
                    view.put("hidden", row.time("hidden_at") != null);
                    return view;
                }).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("proposals", proposals);
        model.put("drafts", proposals.stream().filter(p -> Boolean.TRUE.equals(p.get("answerDraft"))).count());
        model.put("published", request.query().getOrDefault("published", ""));
        model.put("isAdmin", request.services().can("administer"));
        model.put("answerStates", List.of("evaluating", "accepted", "rejected", "not_answered"));
        model.put("sources", request.services().can("administer") ? ImportProposals.sources(request) : List.of());
        return ModuleResponse.view("admin/answers", model);
    }
}
