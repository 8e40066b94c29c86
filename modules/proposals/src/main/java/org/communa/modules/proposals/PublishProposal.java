package org.communa.modules.proposals;

import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.Participation;

/** The author publishes a draft: it enters lists and search, and the space's followers are told. */
final class PublishProposal implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        Row published = request.data().write(sql -> {
            Row row = Proposals.requireOwn(sql, request);
            if (!"draft".equals(row.string("state"))) {
                throw ModuleProblem.conflict("this proposal is already published");
            }
            sql.update("update proposals_proposals set state = 'published', published_at = now(), updated_at = now() where id = ?",
                    row.uuid("id"));
            sql.recordAction("publish", ProposalsModule.TYPE, row.uuid("id").toString());
            return Proposals.visible(sql, request, row.uuid("id")).orElseThrow();
        });
        String id = published.uuid("id").toString();
        Participation participation = request.services().participation();
        ProposalIndex.index(request, published);
        participation.notifications().notifyFollowers(ProposalsModule.TYPE, id, "proposal_published",
                Map.of("fr", published.string("title")), "proposals/" + id);
        if (request.wantsPage()) {
            // the proposal's page then says it is published, and what happens next
            return ModuleResponse.redirect("proposals/" + id + "?published=1");
        }
        return ModuleResponse.json(200, ProposalJson.of(published, false).toString());
    }
}
