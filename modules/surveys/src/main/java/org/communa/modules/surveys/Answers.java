package org.communa.modules.surveys;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;

/**
 * Keeping one participant's answer: once per survey (the respondents' primary key decides between two
 * tabs sending at once), changed later only where the survey allows it and while it is open. An
 * anonymous answer is stored without its author and dated to the day.
 */
final class Answers {

    private Answers() {
    }

    /** Whether this participant answered already. */
    static boolean answered(Sql sql, UUID survey, UUID participant) {
        return sql.first("select 1 from surveys_respondents where survey_id = ? and participant_id = ?", survey, participant).isPresent();
    }

    /** Their answer, for identified surveys (an anonymous one cannot be found again, by design). */
    static Optional<Row> of(Sql sql, UUID survey, UUID participant) {
        return sql.first("select id, answers::text as answers, created_at, updated_at from surveys_answers where survey_id = ? and participant_id = ?",
                survey, participant);
    }

    /** Stores a checked answer; true when it was new, false when it replaced the participant's earlier one. */
    static boolean keep(Sql sql, Row survey, UUID participant, JsonObject answers) {
        UUID id = survey.uuid("id");
        boolean anonymous = Boolean.TRUE.equals(survey.bool("anonymous"));
        int added = sql.update("insert into surveys_respondents (survey_id, participant_id) values (?, ?) on conflict do nothing", id, participant);
        if (added == 1) {
            sql.update("insert into surveys_answers (id, survey_id, participant_id, answers, created_at, updated_at) "
                    + "values (?, ?, ?, ?::jsonb, " + (anonymous ? "current_date, current_date" : "now(), now()") + ")",
                    UUID.randomUUID(), id, anonymous ? null : participant, answers.toString());
            return true;
        }
        if (!Boolean.TRUE.equals(survey.bool("editable"))) {
            throw ModuleProblem.conflict("you have already answered this survey, and its answers cannot be changed");
        }
        sql.update("update surveys_answers set answers = ?::jsonb, updated_at = now() where survey_id = ? and participant_id = ?",
                answers.toString(), id, participant);
        return false;
    }
}
