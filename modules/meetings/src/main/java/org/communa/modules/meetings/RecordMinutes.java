package org.communa.modules.meetings;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * POST admin/meetings/{id}/minutes: once a meeting has begun, its admins publish what came of it: minutes
 * (HTML, made safe by the platform's one policy), the recording's https address, and how many came (by
 * default, the codes checked at the door). Followers on the fediverse see the Event updated.
 */
final class RecordMinutes implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        if (!request.wantsPage()) {
            return record(request, request.jsonObject());
        }
        try {
            var form = request.form();
            var json = Meetings.JSON.createObjectBuilder().add("minutes", form.getOrDefault("minutes", "")).add("videoUrl", form.getOrDefault("videoUrl", ""));
            String attendees = form.getOrDefault("attendees", "").strip();
            if (!attendees.isEmpty()) {
                if (!attendees.matches("\\d{1,7}")) {
                    throw ModuleProblem.badRequest("attendees must be a whole number, got: " + attendees);
                }
                json.add("attendees", Integer.parseInt(attendees));
            }
            record(request, json.build());
            return ModuleResponse.redirect("meetings/" + request.pathParameter("id"));
        } catch (ModuleProblem refused) {
            return AdminPage.page(request, refused);
        }
    }

    private static ModuleResponse record(ModuleRequest request, JsonObject json) {
        String minutes = json.get("minutes") instanceof JsonString text ? request.services().sanitizeHtml(text.getString().strip()) : "";
        if (minutes.length() > 50_000) {
            throw ModuleProblem.badRequest("minutes must have at most 50,000 characters");
        }
        String video = json.get("videoUrl") instanceof JsonString text ? text.getString().strip() : "";
        if (!video.isEmpty() && !video.matches("https://\\S{4,2000}")) {
            throw ModuleProblem.badRequest("videoUrl must be an https address, got: " + video);
        }
        JsonValue attendees = json.get("attendees");
        if (attendees != null && attendees != JsonValue.NULL
                && (!(attendees instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0 || number.longValue() > 10_000_000)) {
            throw ModuleProblem.badRequest("attendees must be a whole number of people");
        }
        return request.data().write(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            if (Meetings.now().isBefore(meeting.time("starts_at"))) {
                throw ModuleProblem.conflict("minutes come after the meeting has begun");
            }
            long counted = attendees instanceof JsonNumber number ? number.longValue()
                    : sql.first("select count(*) as n from meetings_registrations where meeting_id = ? and attended_at is not null",
                            meeting.uuid("id")).orElseThrow().integer("n");
            sql.update("update meetings_meetings set minutes = ?, video_url = ?, attendees = ?, updated_at = now() where id = ?",
                    minutes.isEmpty() ? null : minutes, video.isEmpty() ? null : video, (int) counted, meeting.uuid("id"));
            sql.recordAction("record_minutes", MeetingsModule.MEETING, meeting.uuid("id").toString());
            request.services().federate(MeetingsModule.MEETING, meeting.uuid("id").toString());
            MeetingIndex.index(request.services().participation().search(), sql, request.componentId(), meeting.uuid("id"));
            return ModuleResponse.json(200, Meetings.json(Meetings.find(sql, request.componentId(), meeting.uuid("id")).orElseThrow()).build().toString());
        });
    }
}
