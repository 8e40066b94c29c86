package org.communa.modules.surveys;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.Csv;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.AnswerValues;
import org.communa.module.api.questionnaire.Choice;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * GET admin/surveys/{id}/answers.csv and answers.json: every answer for the admins' own analysis. An
 * anonymous survey's export names nobody (there is no one to name); an identified survey's names the
 * participant's account id unless asked ?anonymised=true. CSV has one column per question (per row of a
 * matrix), with labels; JSON has the questionnaire and the answers as stored.
 */
final class ExportAnswers implements RouteHandler {

    private final boolean csv;

    ExportAnswers(boolean csv) {
        this.csv = csv;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return request.data().read(sql -> {
            Row survey = Surveys.survey(sql, request);
            Questionnaire questionnaire = Surveys.questionnaire(survey).orElseThrow(() -> ModuleProblem.conflict("this survey has no questions yet"));
            boolean named = !Boolean.TRUE.equals(survey.bool("anonymous")) && !"true".equals(request.query().get("anonymised"));
            List<Row> answers = sql.query("select id, participant_id, answers::text as answers, created_at from surveys_answers "
                    + "where survey_id = ? order by created_at, id", survey.uuid("id"));
            String name = "survey-" + survey.uuid("id");
            return csv ? ModuleResponse.download("text/csv", name + ".csv", csv(questionnaire, answers, named))
                    : ModuleResponse.download("application/json", name + ".json", json(survey, questionnaire, answers, named));
        });
    }

    private static String csv(Questionnaire questionnaire, List<Row> answers, boolean named) {
        List<String> header = new ArrayList<>(named ? List.of("answer", "date", "participant") : List.of("answer", "date"));
        for (Question question : questionnaire.questions()) {
            if (question.type().matrix()) {
                question.rows().forEach(row -> header.add(question.text() + " — " + row.label()));
            } else {
                header.add(question.text());
            }
        }
        List<List<Object>> records = new ArrayList<>();
        for (Row answer : answers) {
            var values = Surveys.object(answer.string("answers"));
            List<Object> record = new ArrayList<>(List.of(answer.uuid("id").toString(), answer.time("created_at").toLocalDate().toString()));
            if (named) {
                record.add(answer.uuid("participant_id") == null ? "" : answer.uuid("participant_id").toString());
            }
            for (Question question : questionnaire.questions()) {
                if (question.type().matrix()) {
                    for (Choice row : question.rows()) {
                        record.add(String.join(", ", AnswerValues.row(values.get(question.id()), row.id()).stream().map(question::choiceLabel).toList()));
                    }
                } else {
                    record.add(AnswerValues.asText(question, values.get(question.id())));
                }
            }
            records.add(record);
        }
        return Csv.table(header, records);
    }

    private static String json(Row survey, Questionnaire questionnaire, List<Row> answers, boolean named) {
        JsonArrayBuilder items = Surveys.JSON.createArrayBuilder();
        for (Row answer : answers) {
            JsonObjectBuilder item = Surveys.JSON.createObjectBuilder().add("id", answer.uuid("id").toString())
                    .add("date", answer.time("created_at").toLocalDate().toString());
            if (named && answer.uuid("participant_id") != null) {
                item.add("participant", answer.uuid("participant_id").toString());
            }
            items.add(item.add("answers", Surveys.object(answer.string("answers"))));
        }
        return Surveys.JSON.createObjectBuilder().add("survey", survey.uuid("id").toString()).add("title", survey.string("title"))
                .add("anonymous", Boolean.TRUE.equals(survey.bool("anonymous"))).add("questionnaire", questionnaire.toJson())
                .add("answers", items).build().toString();
    }
}
