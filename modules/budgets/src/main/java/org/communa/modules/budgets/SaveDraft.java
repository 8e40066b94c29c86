package org.communa.modules.budgets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Keeps the ballot a participant is filling in (POST budgets/{id}/draft, sent by the live ballot as projects are
 * ticked), so that the page shows it again and, the first time, schedules one reminder before the vote closes:
 * two days before the end of the voting phase, or half-way to it when less is left. Nothing is counted from it.
 */
final class SaveDraft implements RouteHandler {

    static final String REMINDER_JOB = "ballot_reminder";
    static final Duration NOTICE = Duration.ofDays(2);

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("vote");
        Map<UUID, Integer> choices = BallotInput.from(BudgetJson.read(request.body(), "the draft"));
        UUID participant = request.participantId().orElseThrow();
        Instant due = reminderDue(request.services().phaseEndsOn().orElse(null), request.services().timeZone(), Instant.now());
        boolean first = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            if (sql.first("select 1 from budgets_ballots where budget_id = ? and participant_id = ?", budget.uuid("id"), participant)
                    .isPresent()) {
                return false;
            }
            String json = BudgetJson.JSON.createObjectBuilder(Map.copyOf(choicesAsJson(choices))).build().toString();
            int inserted = sql.update("insert into budgets_drafts (component_id, budget_id, participant_id, choices, reminder_due_at) "
                    + "values (?, ?, ?, ?::jsonb, ?::timestamptz) on conflict (budget_id, participant_id) do nothing", request.componentId(),
                    budget.uuid("id"), participant, json, due == null ? null : due.toString());
            if (inserted == 0) {
                sql.update("update budgets_drafts set choices = ?::jsonb, updated_at = now() where budget_id = ? and participant_id = ?",
                        json, budget.uuid("id"), participant);
            }
            return inserted == 1;
        });
        if (first && due != null) {
            request.services().enqueueAt(REMINDER_JOB, Budgets.id(request, "id") + " " + participant, due);
        }
        return ModuleResponse.json(200, "{\"saved\":true,\"reminderScheduled\":" + (first && due != null) + "}");
    }

    private static Map<String, Object> choicesAsJson(Map<UUID, Integer> choices) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        choices.forEach((project, points) -> json.put(project.toString(), points));
        return json;
    }

    /**
     * When to remind: two days before the vote closes (the end of the phase's last day), or half-way there when
     * less is left; none when the phase has no end or has ended.
     */
    static Instant reminderDue(LocalDate phaseEndsOn, java.time.ZoneId zone, Instant now) {
        if (phaseEndsOn == null) {
            return null;
        }
        Instant closes = phaseEndsOn.plusDays(1).atStartOfDay(zone).toInstant();
        if (!closes.isAfter(now)) {
            return null;
        }
        Instant twoDaysBefore = closes.minus(NOTICE);
        return twoDaysBefore.isAfter(now) ? twoDaysBefore : now.plus(Duration.between(now, closes).dividedBy(2));
    }
}
