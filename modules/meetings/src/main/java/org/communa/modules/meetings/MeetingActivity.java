package org.communa.modules.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.ActivityMapping;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.http.ModuleRequest;

/**
 * A meeting as the fediverse sees it: an Event with the fields Mobilizon reads (start and end, a Place with
 * its postal address, online or not, join mode, capacity and places left, iCalendar status). The online
 * link is not published: registered participants get it here.
 */
final class MeetingActivity implements ActivityMapping {

    @Override
    public Optional<FederatedObject> object(ModuleRequest request, String type, String id) {
        return org.communa.module.api.data.Ids.uuid(id).filter(meeting -> MeetingsModule.MEETING.equals(type))
                .flatMap(meeting -> request.data().read(sql -> Meetings.find(sql, request.componentId(), meeting))).map(MeetingActivity::event);
    }

    private static FederatedObject event(Row row) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("startTime", row.time("starts_at").toString());
        extra.put("endTime", row.time("ends_at").toString());
        if (row.string("address") != null) {
            extra.put("location", Map.of("type", "Place", "name", row.string("address"),
                    "address", Map.of("type", "PostalAddress", "streetAddress", row.string("address"))));
        }
        extra.put("isOnline", "online".equals(row.string("kind")));
        extra.put("joinMode", "free");
        extra.put("anonymousParticipationEnabled", false);
        extra.put("repliesModerationOption", "allow_all");
        boolean cancelled = row.time("cancelled_at") != null;
        extra.put("ical:status", cancelled ? "CANCELLED" : "CONFIRMED");
        extra.put("communa:state", cancelled ? "cancelled" : "published");
        extra.put("communa:kind", row.string("kind"));
        if (row.integer("capacity") != null) {
            extra.put("maximumAttendeeCapacity", row.integer("capacity"));
            extra.put("remainingAttendeeCapacity", Meetings.placesLeft(row));
        }
        if (row.string("accessibility") != null) {
            extra.put("communa:accessibility", row.string("accessibility"));
        }
        String description = row.string("description");
        return new FederatedObject("Event", Map.of("fr", row.string("title")),
                description.isBlank() ? "" : FederatedObject.textAsHtml(description), "meetings/" + row.uuid("id"), null,
                row.time("created_at"), row.time("updated_at"), extra);
    }
}
