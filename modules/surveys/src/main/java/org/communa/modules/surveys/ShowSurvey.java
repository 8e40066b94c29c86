package org.communa.modules.surveys;

import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.AnswerError;
import org.communa.module.api.questionnaire.AnswerForms;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * GET surveys/{id}: the survey and, for a signed-in participant, whether they answered (and their answer,
 * when the survey is identified); its page holds the questionnaire to answer, or to change where allowed.
 */
final class ShowSurvey implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return request.data().read(sql -> {
            Row survey = Surveys.survey(sql, request);
            return request.wantsPage() ? page(request, sql, survey, null, List.of(), null) : json(request, sql, survey);
        });
    }

    /** The survey's page; a refused form comes back filled as it was sent, its faults under their questions. */
    static ModuleResponse page(ModuleRequest request, Sql sql, Row survey, Map<String, String> sent, List<AnswerError> errors, ModuleProblem problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("survey", Surveys.view(survey));
        UUID id = survey.uuid("id");
        boolean answered = request.participantId().map(participant -> Answers.answered(sql, id, participant)).orElse(false);
        Optional<Questionnaire> questionnaire = Surveys.questionnaire(survey);
        Map<String, String> values = sent;
        if (values == null) {
            values = request.participantId().flatMap(participant -> Answers.of(sql, id, participant))
                    .flatMap(row -> questionnaire.map(q -> AnswerForms.toForm(q, Surveys.object(row.string("answers"))))).orElse(Map.of());
        }
        model.put("answered", answered);
        model.put("mayAnswer", mayAnswer(request, survey, answered));
        model.put("refusal", request.services().refusal("answer"));
        model.put("resultsVisible", Surveys.resultsVisible(survey, request));
        Map<String, String> shown = values;
        questionnaire.ifPresent(q -> model.put("sections", q.view(shown, errors)));
        model.put("hasErrors", !errors.isEmpty());
        if (Uploads.takesFiles(survey) && request.participantId().isPresent()) {
            UUID participant = request.participantId().get();
            model.put("uploadsPath", "r/" + Uploads.RESPONSE + "/" + Uploads.responseId(request, id, participant));
            model.put("files", Uploads.of(request, id, participant).stream()
                    .map(file -> Map.of("id", file.id(), "fileName", file.fileName(), "url", file.url())).toList());
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        int status = problem != null ? problem.status() : errors.isEmpty() ? 200 : 422;
        return ModuleResponse.view(status, "survey", model);
    }

    /** Open, allowed to this participant, and not answered yet (or answered, where answers may change). */
    static boolean mayAnswer(ModuleRequest request, Row survey, boolean answered) {
        return "open".equals(survey.string("state")) && request.services().can("answer")
                && (!answered || Boolean.TRUE.equals(survey.bool("editable")));
    }

    private static ModuleResponse json(ModuleRequest request, Sql sql, Row survey) {
        JsonObjectBuilder json = Surveys.json(survey);
        UUID id = survey.uuid("id");
        boolean answered = request.participantId().map(participant -> Answers.answered(sql, id, participant)).orElse(false);
        json.add("answered", answered).add("mayAnswer", mayAnswer(request, survey, answered)).add("resultsVisible", Surveys.resultsVisible(survey, request));
        request.participantId().flatMap(participant -> Answers.of(sql, id, participant))
                .ifPresent(row -> json.add("myAnswers", Surveys.object(row.string("answers"))));
        return ModuleResponse.json(200, json.build().toString());
    }
}
