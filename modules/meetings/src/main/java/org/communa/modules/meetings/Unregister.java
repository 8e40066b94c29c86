package org.communa.modules.meetings;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
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
        record Done(UUID meeting, String title, java.util.List<UUID> promoted) {
        }
        Done done = request.data().write(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            java.util.List<UUID> promoted = Registrations.unregister(sql, meeting.uuid("id"), participant)
                    .orElseThrow(() -> ModuleProblem.notFound("you are not registered for this meeting"));
            sql.recordAction("unregister", MeetingsModule.MEETING, meeting.uuid("id").toString());
            return new Done(meeting.uuid("id"), meeting.string("title"), promoted);
        });
        Registrations.tellPromoted(request, done.meeting(), done.title(), done.promoted());
        return request.data().read(sql -> ModuleResponse.json(200,
                Meetings.json(Meetings.find(sql, request.componentId(), done.meeting()).orElseThrow()).build().toString()));
    }
}
