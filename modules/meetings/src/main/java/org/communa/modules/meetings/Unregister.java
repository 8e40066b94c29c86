package org.communa.modules.meetings;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** DELETE meetings/{id}/registration (or POST meetings/{id}/unregister from the page): the participant withdraws; the first in line takes the place. */
final class Unregister implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return request.wantsPage() ? ShowMeeting.afterForm(request, Unregister::handleJson) : handleJson(request);
    }

    private static ModuleResponse handleJson(ModuleRequest request) {
        UUID participant = request.participantId().orElseThrow(() -> ModuleProblem.unauthorized("sign in first"));
        return request.data().write(sql -> {
            UUID meeting = Meetings.meeting(sql, request).uuid("id");
            if (!Registrations.unregister(sql, meeting, participant)) {
                throw ModuleProblem.notFound("you are not registered for this meeting");
            }
            sql.recordAction("unregister", MeetingsModule.MEETING, meeting.toString());
            return ModuleResponse.json(200, Meetings.json(Meetings.find(sql, request.componentId(), meeting).orElseThrow()).build().toString());
        });
    }
}
