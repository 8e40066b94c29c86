package org.communa.modules.meetings;

import java.util.HashMap;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;

/** GET admin/meetings/{id}/form: the meeting's registration form in the builder surveys use, locked once people registered. */
final class FormBuilderPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return page(request, null);
    }

    static ModuleResponse page(ModuleRequest request, ModuleProblem problem) {
        return request.data().read(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            Map<String, Object> model = new HashMap<>();
            model.put("meeting", Meetings.view(meeting));
            model.put("builder", QuestionnaireBuilder.model(RegistrationForm.of(meeting).orElse(null)));
            model.put("locked", meeting.integer("registered") + meeting.integer("waitlisted") > 0);
            return FormStep.page(request, "form", model, problem);
        });
    }
}
