package org.communa.modules.proposals;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The author withdraws a published proposal: it stays readable, marked withdrawn, and stops taking
 * supports and comments. A proposal that already has supports can still be withdrawn (Decidim forbids
 * it; authors own their ideas), but not once answered.
 */
final class WithdrawProposal implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        Row withdrawn = request.data().write(sql -> {
            Row row = Proposals.requireOwn(sql, request);
            if (!"published".equals(row.string("state"))) {
                throw ModuleProblem.conflict("only a published proposal can be withdrawn; this one is " + row.string("state"));
            }
            if (row.time("answer_published_at") != null) {
                throw ModuleProblem.conflict("an answered proposal cannot be withdrawn");
            }
            sql.update("update proposals_proposals set state = 'withdrawn', withdrawn_at = now(), updated_at = now() where id = ?",
                    row.uuid("id"));
            sql.recordAction("withdraw", ProposalsModule.TYPE, row.uuid("id").toString());
            return Proposals.visible(sql, request, row.uuid("id")).orElseThrow();
        });
        ProposalIndex.index(request, withdrawn);
        if (request.wantsPage()) {
            return ModuleResponse.redirect("proposals/" + withdrawn.uuid("id"));
        }
        return ModuleResponse.json(200, ProposalJson.of(withdrawn, false).toString());
    }
}
