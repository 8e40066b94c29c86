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
        return request.wantsPage() ? ShowMeeting.afterForm(request, Register::handleJson) : handleJson(request);
    }

    private static ModuleResponse handleJson(ModuleRequest request) {
        request.require("register");
        UUID participant = request.participantId().orElseThrow();
        return request.data().write(sql -> {
            UUID meeting = Meetings.meeting(sql, request).uuid("id");
            Row registration = Registrations.register(sql, meeting, participant);
            sql.recordAction("register", MeetingsModule.MEETING, meeting.toString());
            return ModuleResponse.json(200, ShowMeeting.registration(registration).toString());
        });
    }
}
