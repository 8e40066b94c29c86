package org.communa.modules.surveys;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.Questionnaire;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;

/**
 * The builder's steps, for admins who do not write JSON: add a question (POST admin/surveys/{id}/questions,
 * to a section or a new one), remove one (.../questions/{question}/delete) or move it up (.../up). Each step
 * rewrites the questionnaire and checks it whole, so a removal that would orphan a condition is refused.
 */
final class EditQuestions implements RouteHandler {

    private final QuestionnaireBuilder.Step step;

    EditQuestions(QuestionnaireBuilder.Step step) {
        this.step = step;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return FormStep.run(request, () -> request.data().write(sql -> {
                Row survey = Surveys.survey(sql, request);
                if (sql.first("select 1 from surveys_answers where survey_id = ? limit 1", survey.uuid("id")).isPresent()) {
                    throw ModuleProblem.conflict("people have answered this survey: its questions stay as they were answered");
                }
                String stored = QuestionnaireBuilder.checked(QuestionnaireBuilder.apply(step, Surveys.questionnaire(survey).orElse(null), request));
                Surveys.refuseFilesIfAnonymous(java.util.Optional.ofNullable(stored).map(Surveys::object).map(Questionnaire::parse),
                        Boolean.TRUE.equals(survey.bool("anonymous")));
                if (stored == null && !"draft".equals(survey.string("state"))) {
                    throw ModuleProblem.conflict("an open or closed survey keeps at least one question");
                }
                sql.update("update surveys_surveys set questionnaire = ?::jsonb, updated_at = now() where id = ?", stored, survey.uuid("id"));
                sql.recordAction("edit_questions", SurveysModule.SURVEY, survey.uuid("id").toString());
                return ModuleResponse.json(200, Surveys.json(Surveys.find(sql, request.componentId(), survey.uuid("id")).orElseThrow())
                        .build().toString());
            }), "admin/surveys/" + request.pathParameter("id"), refused -> BuilderPage.page(request, refused));
    }
}
