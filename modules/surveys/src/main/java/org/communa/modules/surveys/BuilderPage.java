package org.communa.modules.surveys;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.Questionnaire;
import org.communa.module.api.questionnaire.QuestionType;

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
            List<Map<String, Object>> sections = new ArrayList<>();
            List<Map<String, String>> conditions = new ArrayList<>();
            Surveys.questionnaire(survey).ifPresent(questionnaire -> {
                questionnaire.sections().forEach(section -> sections.add(Map.of("id", section.id(), "title", section.title(),
                        "questions", section.questions().stream().map(BuilderPage::summary).toList())));
                conditions.addAll(conditions(questionnaire));
                model.put("preview", questionnaire.view(Map.of(), List.of()));
            });
            model.put("sections", sections);
            model.put("conditions", conditions);
            model.put("types", java.util.Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList());
            model.put("form", problem != null ? request.form() : Map.of());
            model.put("timeZone", request.services().timeZone().getId());
            if (problem != null) {
                model.put("problem", problem);
            }
            return ModuleResponse.view(problem == null ? 200 : problem.status(), "builder", model);
        });
    }

    private static Map<String, Object> summary(Question question) {
        return Map.of("id", question.id(), "type", question.type().wireName(), "text", question.text(), "required", question.required(),
                "choices", String.join(" · ", question.choices().stream().map(c -> c.label()).toList()),
                "condition", question.showIf() == null ? "" : question.showIf().questionId() + " = " + String.join(", ", question.showIf().anyOf()));
    }

    /** The answers a new question may depend on: each choice of each choice question so far. */
    private static List<Map<String, String>> conditions(Questionnaire questionnaire) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.type().choosing()) {
                question.choices().forEach(choice -> options.add(Map.of("value", question.id() + ":" + choice.id(),
                        "label", question.text() + " → " + choice.label())));
            }
        }
        return options;
    }
}
