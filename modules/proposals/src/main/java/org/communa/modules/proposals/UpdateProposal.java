package org.communa.modules.proposals;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The author edits a proposal: a draft at any time, a published one only within the component's edit
 * window (supporters must not find they supported something else), never a withdrawn or answered one.
 */
final class UpdateProposal implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        try {
            ProposalInput raw = request.wantsPage() ? ProposalInput.fromForm(request.form()) : ProposalInput.fromJson(request.body());
            long bodyMax = request.settings().integer("body_max_length");
            long window = request.settings().integer("edit_window_minutes");
            Row updated = request.data().write(sql -> {
                Row row = Proposals.requireOwn(sql, request);
                requireEditable(row, window);
                ProposalInput input = raw.checked(sql, request.componentId(), bodyMax);
                sql.update("update proposals_proposals set title = ?, body = ?, category_id = ?, scope_id = ?, address = ?, "
                        + "latitude = ?, longitude = ?, updated_at = now() where id = ?", input.title(), input.body(), input.categoryId(),
                        input.scopeId(), input.address(), input.place().latitude(), input.place().longitude(), row.uuid("id"));
                sql.recordAction("update", ProposalsModule.TYPE, row.uuid("id").toString());
                return Proposals.visible(sql, request, row.uuid("id")).orElseThrow();
            });
            ProposalIndex.index(request, updated);
            if (request.wantsPage()) {
                return ModuleResponse.redirect("proposals/" + updated.uuid("id"));
            }
            return ModuleResponse.json(200, ProposalJson.of(updated, false).toString());
        } catch (ModuleProblem | DataConflictException refused) {
            if (request.wantsPage() && !(refused instanceof ModuleProblem p && p.status() != 400 && p.status() != 409)) {
                return ProposalForms.form(request, request.form(), refused, request.pathParameter("id"));
            }
            throw refused;
        }
    }

    static void requireEditable(Row row, long windowMinutes) {
        String state = row.string("state");
        if ("withdrawn".equals(state)) {
            throw ModuleProblem.conflict("a withdrawn proposal cannot be edited");
        }
        if (row.time("answer_published_at") != null) {
            throw ModuleProblem.conflict("an answered proposal cannot be edited");
        }
        OffsetDateTime published = row.time("published_at");
        if (published != null && published.plus(Duration.ofMinutes(windowMinutes)).isBefore(OffsetDateTime.now())) {
            throw ModuleProblem.conflict("a published proposal can be edited for " + windowMinutes + " minutes only");
        }
    }
}
