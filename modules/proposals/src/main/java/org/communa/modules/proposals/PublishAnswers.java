package org.communa.modules.proposals;

import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.Notifications;

/**
 * Publishes every drafted answer of the component at once (the feasibility study's results come out
 * together, not one by one); each author and follower is told.
 */
final class PublishAnswers implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("answer");
        List<Row> published = request.data().write(sql -> {
            List<Row> drafts = sql.query("select id, title, author_id from proposals_proposals where component_id = ? "
                    + "and answered_at is not null and answer_published_at is null and state = 'published'", request.componentId());
            sql.update("update proposals_proposals set answer_published_at = now() where component_id = ? "
                    + "and answered_at is not null and answer_published_at is null and state = 'published'", request.componentId());
            drafts.forEach(d -> sql.recordAction("publish_answer", ProposalsModule.TYPE, d.uuid("id").toString()));
            return drafts;
        });
        Notifications notifications = request.services().participation().notifications();
        for (Row row : published) {
            String id = row.uuid("id").toString();
            // followers include the author, who follows what they wrote
            notifications.notifyFollowers(ProposalsModule.TYPE, id, "proposal_answered", Map.of("fr", row.string("title")),
                    "proposals/" + id);
        }
        if (request.wantsPage()) {
            return ModuleResponse.redirect("admin?published=" + published.size());
        }
        return ModuleResponse.json(200, "{\"published\":" + published.size() + "}");
    }
}
