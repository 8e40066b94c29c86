package org.communa.modules.meetings;

import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** POST meetings/{id}/registration: the participant registers (or joins the waiting list when it is full); twice is once. */
final class Register implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (request.wantsPage()) {
            // a registration form with faults comes back filled as it was sent, each fault under its question
            var answers = request.data().read(sql -> RegistrationForm.check(request, Meetings.meeting(sql, request)));
            return answers.valid() ? ShowMeeting.afterForm(request, Register::handleJson) : ShowMeeting.page(request, null, answers.errors());
        }
        return handleJson(request);
    }

    private static ModuleResponse handleJson(ModuleRequest request) {
        request.require("register");
        UUID participant = request.participantId().orElseThrow();
        return request.data().write(sql -> {
            Row found = Meetings.meeting(sql, request);
            UUID meeting = found.uuid("id");
            var answers = RegistrationForm.check(request, found);
            if (!answers.valid()) {
                return ModuleResponse.problem(422, "the registration form has faults: " + answers.detail());
            }
            Row registration = Registrations.register(sql, meeting, participant, answers.answers());
            sql.recordAction("register", MeetingsModule.MEETING, meeting.toString());
            return ModuleResponse.json(200, ShowMeeting.registration(registration).toString());
        });
    }
}
