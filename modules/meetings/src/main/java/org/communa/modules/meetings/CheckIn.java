package org.communa.modules.meetings;

import java.util.Locale;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** POST admin/meetings/{id}/check-in {"code": "..."}: at the door, a registered participant's code is checked (once). */
final class CheckIn implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("check_in");
        String code = request.jsonObject().getString("code", "").strip().toUpperCase(Locale.ROOT);
        return request.data().write(sql -> {
            UUID meeting = Meetings.meeting(sql, request).uuid("id");
            var registration = sql.first("select status, attended_at from meetings_registrations where meeting_id = ? and code = ?", meeting, code)
                    .orElseThrow(() -> ModuleProblem.notFound("no registration with the code " + code + " for this meeting"));
            if (!"registered".equals(registration.string("status"))) {
                throw ModuleProblem.conflict("this code is on the waiting list, not registered");
            }
            if (registration.time("attended_at") != null) {
                throw ModuleProblem.conflict("this code was already checked at " + registration.time("attended_at"));
            }
            sql.update("update meetings_registrations set attended_at = now() where meeting_id = ? and code = ?", meeting, code);
            sql.recordAction("check_in", MeetingsModule.MEETING, meeting.toString());
            return ModuleResponse.json(200, Meetings.JSON.createObjectBuilder().add("checkedIn", true).build().toString());
        });
    }
}
