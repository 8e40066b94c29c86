package org.communa.modules.surveys;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.AttachmentView;
import org.communa.module.api.questionnaire.AnswerError;
import org.communa.module.api.questionnaire.AnswerForms;
import org.communa.module.api.questionnaire.AnswerValues;
import org.communa.module.api.questionnaire.CheckedAnswers;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * POST surveys/{id}/answers: a participant answers an open survey (JSON keyed by question id, or the page's
 * form). Every fault is reported at once: in the API as one 422 detail, on the page under each question
 * with the form filled as it was sent.
 */
final class AnswerSurvey implements RouteHandler {

    /** A file answer must name a file this participant uploaded for this survey, not anyone else's. */
    private static CheckedAnswers withOwnFiles(CheckedAnswers checked, Questionnaire questionnaire, ModuleRequest request, UUID survey,
            UUID participant) {
        List<Question> files = questionnaire.questions().stream().filter(Uploads::isFile)
                .filter(question -> checked.answers().containsKey(question.id())).toList();
        if (files.isEmpty()) {
            return checked;
        }
        Set<String> mine = Uploads.of(request, survey, participant).stream().map(AttachmentView::id).collect(Collectors.toSet());
        List<AnswerError> errors = new ArrayList<>(checked.errors());
        files.stream().filter(question -> !mine.contains(AnswerValues.file(checked.answers().get(question.id()))))
                .forEach(question -> errors.add(new AnswerError(question.id(), "invalid", "must be the id of a file you uploaded")));
        return new CheckedAnswers(checked.answers(), errors);
    }

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
            CheckedAnswers checked = withOwnFiles(questionnaire.check(given), questionnaire, request, survey.uuid("id"), participant);
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
