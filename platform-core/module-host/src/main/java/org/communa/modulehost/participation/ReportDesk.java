package org.communa.modulehost.participation;

import java.util.Set;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Sql;

/**
 * Reports and their consequences. A participant reports a resource once; when the reports reach the
 * organisation's threshold the resource is hidden at once, before any moderator looks. Moderators hide
 * or restore by hand. Search and comment threads leave hidden content out by reading the same row.
 */
public final class ReportDesk {

    public static final Set<String> REASONS = Set.of("spam", "offensive", "does_not_belong", "other");
    private final ParticipationScope scope;

    public ReportDesk(ParticipationScope scope) {
        this.scope = scope;
    }

    public record Outcome(int reports, boolean hidden) {
    }

    /** url: where moderators find the content; excerpt: its words as reported (they may change or disappear); author: whose it is. */
    public Outcome report(String type, String id, String reason, String details, String url, String excerpt, UUID author) {
        ParticipationScope.checkResource(type, id);
        UUID reporter = scope.requireParticipant();
        if (!REASONS.contains(reason)) {
            throw ModuleProblem.badRequest("reason must be one of " + REASONS + ", got: " + reason).explainedAs("problem.reportReason");
        }
        String text = details == null ? null : details.strip();
        if (text != null && text.length() > 1000) {
            throw ModuleProblem.badRequest("report details have at most 1000 characters");
        }
        return scope.data().write(sql -> {
            int added = sql.update("insert into reports (id, component_id, resource_type, resource_id, reporter_id, reason, details, "
                    + "url, excerpt, author_id) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    scope.componentId(), type, id, reporter, reason, text == null || text.isEmpty() ? null : text, url,
                    SqlSearch.cut(excerpt, 500), author);
            if (added == 0) {
                throw ModuleProblem.conflict("you have already reported this; moderators will look at it").explainedAs("problem.reportedTwice");
            }
            ResourceStats.add(sql, scope.componentId(), type, id, "reports", 1);
            sql.recordAction("report", type, id);
            int reports = sql.first("select reports from resource_stats where component_id = ? and resource_type = ? and resource_id = ?",
                    scope.componentId(), type, id).orElseThrow().integer("reports").intValue();
            int threshold = sql.first("select hide_after_reports from organisations").orElseThrow().integer("hide_after_reports").intValue();
            if (reports >= threshold) {
                hide(sql, type, id);
            }
            return new Outcome(reports, ResourceStats.hidden(sql, scope.componentId(), type, id));
        });
    }

    /** A moderator hides the resource (or restores it when hidden is false); recorded in the action log. */
    public void moderate(String type, String id, boolean hidden) {
        ParticipationScope.checkResource(type, id);
        scope.data().write(sql -> {
            if (hidden) {
                hide(sql, type, id);
                sql.recordAction("hide", type, id);
            } else {
                sql.update("update resource_stats set hidden_at = null where component_id = ? and resource_type = ? and resource_id = ?",
                        scope.componentId(), type, id);
                sql.recordAction("restore", type, id);
            }
            return null;
        });
    }

    private void hide(Sql sql, String type, String id) {
        hide(sql, scope.componentId(), type, id);
    }

    static void hide(Sql sql, UUID componentId, String type, String id) {
        sql.update("insert into resource_stats (component_id, resource_type, resource_id, hidden_at) values (?, ?, ?, now()) "
                + "on conflict (component_id, resource_type, resource_id) do update set hidden_at = coalesce(resource_stats.hidden_at, now())",
                componentId, type, id);
    }
}
