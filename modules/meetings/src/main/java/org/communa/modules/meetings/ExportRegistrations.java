package org.communa.modules.meetings;

import java.util.ArrayList;
import java.util.List;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.Csv;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.AnswerValues;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * GET admin/meetings/{id}/registrations.csv: the organisers' list (door code, registered or waiting and in
 * which place, when, whether they came) with the registration form's answers, one column per question: how
 * many vegetarian meals, who needs a sign-language interpreter. No names: the code is what the door checks.
 */
final class ExportRegistrations implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return request.data().read(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            List<Question> questions = RegistrationForm.of(meeting).map(Questionnaire::questions).orElse(List.of());
            List<String> header = new ArrayList<>(List.of("code", "status", "position", "registered_at", "attended_at"));
            questions.forEach(question -> header.add(question.text()));
            List<List<Object>> records = new ArrayList<>();
            for (Row registration : sql.query("select code, status, position, created_at, attended_at, answers::text as answers "
                    + "from meetings_registrations where meeting_id = ? order by status, position", meeting.uuid("id"))) {
                List<Object> record = new ArrayList<>(List.of(registration.string("code"), registration.string("status"),
                        registration.integer("position"), registration.time("created_at").toString()));
                record.add(registration.time("attended_at") == null ? "" : registration.time("attended_at").toString());
                var answers = registration.string("answers") == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT
                        : Meetings.object(registration.string("answers"));
                questions.forEach(question -> record.add(AnswerValues.asText(question, answers.get(question.id()))));
                records.add(record);
            }
            return ModuleResponse.download("text/csv", "registrations-" + meeting.uuid("id") + ".csv", Csv.table(header, records));
        });
    }
}
