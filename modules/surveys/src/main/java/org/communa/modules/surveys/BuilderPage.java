package org.communa.modules.surveys;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;

/**
 * GET admin/surveys/{id}: the survey builder: its settings, its questions in order (move up, remove), the
 * form to add one (with the earlier answers a condition may test), a preview as participants will see
 * it, opening and closing, the results and the exports.
 */
final class BuilderPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return page(request, null);
    }

    static ModuleResponse page(ModuleRequest request, ModuleProblem problem) {
        return request.data().read(sql -> {
            Row survey = Surveys.survey(sql, request);
            Map<String, Object> model = new HashMap<>();
            Map<String, Object> view = Surveys.view(survey);
            if (survey.time("closes_at") != null) {
                view.put("closesAtLocal", survey.time("closes_at").atZoneSameInstant(request.services().timeZone()).toLocalDateTime()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
            }
            model.put("survey", view);
            model.put("builder", QuestionnaireBuilder.model(Surveys.questionnaire(survey).orElse(null)));
            model.put("timeZone", request.services().timeZone().getId());
            model.put("scopes", org.communa.module.api.data.Scopes.all(sql));
            return FormStep.page(request, "builder", model, problem);
        });
    }
}
