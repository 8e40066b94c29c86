package org.communa.modules.surveys;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.AnswerForms;
import org.communa.module.api.questionnaire.CheckedAnswers;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * POST surveys/{id}/answers: a participant answers an open survey (JSON keyed by question id, or the page's
 * form). Every fault is reported at once: in the API as one 422 detail, on the page under each question
 * with the form filled as it was sent.
 */
final class AnswerSurvey implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("answer");
        UUID participant = request.participantId().orElseThrow();
        return request.data().write(sql -> {
            Row survey = Surveys.survey(sql, request);
            if (!"open".equals(survey.string("state"))) {
                ModuleProblem closed = ModuleProblem.conflict("this survey is " + survey.string("state") + ": it takes no answers now");
                if (request.wantsPage()) {
                    return ShowSurvey.page(request, sql, survey, null, java.util.List.of(), closed);
                }
                throw closed;
            }
            Questionnaire questionnaire = Surveys.questionnaire(survey).orElseThrow();
            JsonObject given = request.wantsPage() ? AnswerForms.fromForm(questionnaire, request.form()) : request.jsonObject();
            CheckedAnswers checked = questionnaire.check(given);
            if (!checked.valid()) {
                if (request.wantsPage()) {
                    return ShowSurvey.page(request, sql, survey, request.form(), checked.errors(), null);
                }
                return ModuleResponse.problem(422, "some answers are not valid: " + checked.detail());
            }
            boolean created;
            try {
                created = Answers.keep(sql, survey, participant, checked.answers());
            } catch (ModuleProblem refused) {
                if (!request.wantsPage()) {
                    throw refused;
                }
                return ShowSurvey.page(request, sql, survey, null, java.util.List.of(), refused);
            }
            sql.recordAction(created ? "answer" : "change_answer", SurveysModule.SURVEY, survey.uuid("id").toString());
            if (request.wantsPage()) {
                return ModuleResponse.redirect("surveys/" + survey.uuid("id"));
            }
            return ModuleResponse.json(created ? 201 : 200, Surveys.JSON.createObjectBuilder().add("answered", true)
                    .add("answers", checked.answers()).build().toString());
        });
    }
}
