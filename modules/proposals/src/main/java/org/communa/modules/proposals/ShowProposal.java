package org.communa.modules.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.ParticipationView;

/**
 * A proposal's page: its text, its answer when published, supports, comments and follow. A draft's
 * page is where its author checks similar proposals, then publishes or edits.
 */
final class ShowProposal implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        boolean staff = Proposals.staff(request);
        Row row = request.data().read(sql -> Proposals.require(sql, request));
        if (!request.wantsPage()) {
            return ModuleResponse.json(200, ProposalJson.of(row, staff).toString());
        }
        String id = row.uuid("id").toString();
        String state = row.string("state");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("proposal", Proposals.view(row, staff));
        model.put("mine", row.uuid("author_id").equals(request.participantId().orElse(null)));
        model.put("draft", "draft".equals(state));
        model.put("justPublished", "published".equals(state) && "1".equals(request.query().get("published")));
        model.put("editable", isEditable(row, request.settings().integer("edit_window_minutes")));
        model.put("threshold", request.settings().integer("support_threshold"));
        model.put("staff", staff);
        model.put("similar", "draft".equals(state) ? SimilarProposals.find(request, row) : List.of());
        model.put("links", request.services().participation().links().of(ProposalsModule.TYPE, id).stream()
                .map(link -> Map.<String, Object>of("relation", link.relation(), "outgoing", link.outgoing(), "title", link.title(), "url", link.url()))
                .toList());
        // the first image attached to the proposal is its picture, at the top of its page
        model.put("image", request.services().participation().attachments().list(ProposalsModule.TYPE, id).stream()
                .filter(org.communa.module.api.participation.AttachmentView::image).map(org.communa.module.api.participation.AttachmentView::url)
                .findFirst().orElse(""));
        model.put("participation", ParticipationView.of(request, ProposalsModule.TYPE, id, "support", "comment",
                request.settings().bool("supports_visible"), "published".equals(state)));
        return ModuleResponse.view("show", model);
    }

    private static boolean isEditable(Row row, long window) {
        try {
            UpdateProposal.requireEditable(row, window);
            return true;
        } catch (RuntimeException closed) {
            return false;
        }
    }
}
