package org.communa.modules.budgets;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.PersonalData;
import org.communa.module.api.data.RowsJson;
import org.communa.module.api.data.Sql;

/**
 * A participant's ballots, with the projects chosen (the participant already sees their own ballot while it may
 * change). Erasure keeps each ballot, counted and anonymous. Census verifications are the organisation's
 * (exported and erased by the host).
 */
final class BudgetPersonalData implements PersonalData {

    @Override
    public JsonValue export(Sql sql, UUID participantId) {
        return BudgetJson.JSON.createObjectBuilder()
                .add("ballots", RowsJson.array(sql.query("""
                        select b.id as budget, b.title, v.channel, v.created_at, v.updated_at,
                               (select coalesce(json_agg(json_build_object('project', p.reference, 'title', p.title, 'points', c.points)
                                        order by c.position), '[]'::json)
                                  from budgets_choices c join budgets_projects p on p.id = c.project_id where c.ballot_id = v.id) as choices
                          from budgets_ballots v join budgets_budgets b on b.id = v.budget_id
                         where v.participant_id = ? order by v.created_at""", participantId), "choices"))
                .add("drafts", RowsJson.array(sql.query("select b.title, d.choices, d.started_at, d.reminded_at from budgets_drafts d "
                        + "join budgets_budgets b on b.id = d.budget_id where d.participant_id = ? order by d.started_at", participantId),
                        "choices"))
                .build();
    }

    @Override
    public void forget(Sql sql, UUID participantId) {
        sql.update("update budgets_ballots set participant_id = null where participant_id = ?", participantId);
        sql.update("delete from budgets_drafts where participant_id = ?", participantId);
    }
}
