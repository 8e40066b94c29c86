package org.communa.modules.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * GET meetings/{id}: the meeting, and for a signed-in participant their registration (status, place in line,
 * door code); the online link only to registered participants, from a quarter of an hour before the start.
 */
final class ShowMeeting implements RouteHandler {

    static final Duration LINK_SHOWN_BEFORE = Duration.ofMinutes(15);

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return request.data().read(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            JsonObjectBuilder json = Meetings.json(meeting);
            request.participantId().flatMap(participant -> Registrations.of(sql, meeting.uuid("id"), participant)).ifPresent(registration -> {
                json.add("registration", registration(registration));
                boolean started = !Meetings.now().isBefore(meeting.time("starts_at").minus(LINK_SHOWN_BEFORE));
                if ("registered".equals(registration.string("status")) && started && meeting.string("online_url") != null
                        && meeting.time("cancelled_at") == null) {
                    json.add("onlineUrl", meeting.string("online_url"));
                }
            });
            return ModuleResponse.json(200, json.build().toString());
        });
    }

    static JsonObject registration(Row registration) {
        JsonObjectBuilder json = Meetings.JSON.createObjectBuilder().add("status", registration.string("status"))
                .add("code", registration.string("code")).add("attended", registration.time("attended_at") != null);
        if ("waitlisted".equals(registration.string("status"))) {
            json.add("ahead", registration.integer("ahead"));
        }
        return json.build();
    }
}
