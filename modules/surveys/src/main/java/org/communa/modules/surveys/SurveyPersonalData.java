package org.communa.modules.surveys;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.PersonalData;
import org.communa.module.api.data.RowsJson;
import org.communa.module.api.data.Sql;

/**
 * A participant's survey answers: identified answers with what they said; anonymous surveys only as "answered
 * on that day" (nothing links those answers to anyone, here neither). Erasure unlinks identified answers (they
 * stay counted, anonymous) and forgets who answered.
 */
final class SurveyPersonalData implements PersonalData {

    @Override
    public JsonValue export(Sql sql, UUID participantId) {
        return Surveys.JSON.createObjectBuilder()
                .add("answers", RowsJson.array(sql.query("""
                        select s.id as survey, s.title, a.answers, a.created_at, a.updated_at
                          from surveys_answers a join surveys_surveys s on s.id = a.survey_id
                         where a.participant_id = ? order by a.created_at""", participantId), "answers"))
                .add("anonymousSurveysAnswered", RowsJson.array(sql.query("""
                        select s.id as survey, s.title, r.answered_on
                          from surveys_respondents r join surveys_surveys s on s.id = r.survey_id
                         where r.participant_id = ? and s.anonymous order by r.answered_on""", participantId)))
                .build();
    }

    @Override
    public void forget(Sql sql, UUID participantId) {
        sql.update("update surveys_answers set participant_id = null where participant_id = ?", participantId);
        sql.update("delete from surveys_respondents where participant_id = ?", participantId);
        sql.update("delete from surveys_responses where participant_id = ?", participantId);
    }
}
