package org.communa.modules.meetings;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;

/**
 * POST admin/meetings/{id}/form/questions (add), .../questions/{question}/delete and .../up: the builder's
 * steps on a meeting's registration form, refused once people have registered with it.
 */
final class EditRegistrationForm implements RouteHandler {

    private final QuestionnaireBuilder.Step step;

    EditRegistrationForm(QuestionnaireBuilder.Step step) {
        this.step = step;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return FormStep.run(request, () -> request.data().write(sql -> {
                Row meeting = Meetings.meeting(sql, request);
                sql.query("select id from meetings_meetings where id = ? for update", meeting.uuid("id"));
                if (sql.first("select 1 from meetings_registrations where meeting_id = ? limit 1", meeting.uuid("id")).isPresent()) {
                    throw ModuleProblem.conflict("people have registered with this registration form: it stays as they answered it");
                }
                String stored = QuestionnaireBuilder.checked(QuestionnaireBuilder.apply(step, RegistrationForm.of(meeting).orElse(null), request));
                sql.update("update meetings_meetings set registration_form = ?::jsonb, updated_at = now() where id = ?", stored, meeting.uuid("id"));
                sql.recordAction("edit_registration_form", MeetingsModule.MEETING, meeting.uuid("id").toString());
                return ModuleResponse.json(200, Meetings.json(Meetings.find(sql, request.componentId(), meeting.uuid("id")).orElseThrow())
                        .build().toString());
            }), "admin/meetings/" + request.pathParameter("id") + "/form", refused -> FormBuilderPage.page(request, refused));
    }
}
