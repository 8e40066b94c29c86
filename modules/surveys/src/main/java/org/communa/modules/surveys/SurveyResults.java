package org.communa.modules.surveys;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.QuestionType;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * GET surveys/{id}/results: the figures question by question (admins any time; everyone once the survey is
 * closed, when its results are public). The page draws each as an SVG bar chart with its table, a matrix
 * as a table, and lists the free texts.
 */
final class SurveyResults implements RouteHandler {

    /** Free texts shown on the page; the export has them all. */
    static final int TEXTS_SHOWN = 300;

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return request.data().read(sql -> {
            Row survey = Surveys.survey(sql, request);
            if (!Surveys.resultsVisible(survey, request)) {
                throw ModuleProblem.forbidden("the results of this survey are not public"
                        + ("closed".equals(survey.string("state")) ? "" : " while it is " + survey.string("state")));
            }
            Questionnaire questionnaire = Surveys.questionnaire(survey).orElseThrow(() -> ModuleProblem.conflict("this survey has no questions yet"));
            List<Tally.QuestionResult> results = Tally.of(questionnaire, answers(sql, survey), remoteVotes(sql, survey));
            if (request.wantsPage()) {
                Map<String, Object> model = new HashMap<>();
                model.put("survey", Surveys.view(survey));
                model.put("results", results.stream().map(result -> view(result, request.locale())).toList());
                return ModuleResponse.view("results", model);
            }
            JsonArrayBuilder questions = Surveys.JSON.createArrayBuilder();
            results.forEach(result -> questions.add(Tally.json(result)));
            return ModuleResponse.json(200, Surveys.JSON.createObjectBuilder().add("survey", survey.uuid("id").toString())
                    .add("respondents", survey.integer("answers")).add("questions", questions).build().toString());
        });
    }

    static List<JsonObject> answers(Sql sql, Row survey) {
        return sql.query("select answers::text as answers from surveys_answers where survey_id = ? order by created_at, id", survey.uuid("id"))
                .stream().map(row -> Surveys.object(row.string("answers"))).toList();
    }

    static Map<String, Long> remoteVotes(Sql sql, Row survey) {
        Map<String, Long> votes = new LinkedHashMap<>();
        sql.query("select choice_id, count(*) as votes from surveys_remote_votes where survey_id = ? group by choice_id", survey.uuid("id"))
                .forEach(row -> votes.put(row.string("choice_id"), row.integer("votes")));
        return votes;
    }

    private static Map<String, Object> view(Tally.QuestionResult result, String language) {
        Question question = result.question();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", question.id());
        view.put("type", question.type().wireName());
        view.put("text", question.text());
        view.put("answered", result.answered());
        List<Map<String, Object>> chart = new ArrayList<>();
        result.counts().forEach((id, count) -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("label", Tally.label(question, id, language));
            bar.put("value", count);
            chart.add(bar);
        });
        view.put("chart", chart);
        if (result.mean() != null) {
            view.put("mean", Tally.round(result.mean()));
        }
        if (question.type().matrix()) {
            view.put("columns", question.choices().stream().map(c -> c.label()).toList());
            view.put("rows", question.rows().stream().map(row -> Map.of("label", row.label(),
                    "counts", new ArrayList<>(result.matrix().get(row.id()).values()))).toList());
        }
        view.put("texts", result.texts().size() > TEXTS_SHOWN ? result.texts().subList(0, TEXTS_SHOWN) : result.texts());
        view.put("moreTexts", Math.max(0, result.texts().size() - TEXTS_SHOWN));
        view.put("ranking", question.type() == QuestionType.RANKING);
        return view;
    }
}
