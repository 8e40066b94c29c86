package org.communa.modules.meetings;

import java.util.UUID;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** POST admin/meetings/{id}/cancel: the meeting is cancelled (it stays listed, marked so; registrations close). */
final class CancelMeeting implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        ModuleResponse answer = cancel(request);
        return request.wantsPage() ? ModuleResponse.redirect("admin") : answer;
    }

    private static ModuleResponse cancel(ModuleRequest request) {
        request.require("administer");
        return request.data().write(sql -> {
            UUID id = Meetings.meeting(sql, request).uuid("id");
            sql.update("update meetings_meetings set cancelled_at = coalesce(cancelled_at, now()), registrations_open = false, "
                    + "updated_at = now() where id = ?", id);
            sql.recordAction("cancel", MeetingsModule.MEETING, id.toString());
            request.services().federate(MeetingsModule.MEETING, id.toString());
            MeetingIndex.index(request.services().participation().search(), sql, request.componentId(), id);
            return ModuleResponse.json(200, Meetings.json(Meetings.find(sql, request.componentId(), id).orElseThrow()).build().toString());
        });
    }
}
