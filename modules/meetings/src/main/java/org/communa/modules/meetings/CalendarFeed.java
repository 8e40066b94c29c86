package org.communa.modules.meetings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * iCalendar feeds (RFC 5545) that calendar applications subscribe to: GET meetings.ics, the component's
 * meetings (?of=space: those of every meetings component of its space); GET calendar.ics?token=..., the
 * meetings one participant registered for (or waits for: tentative) anywhere in the organisation, through
 * the private address {@link CalendarToken} gives them. Times in UTC, text escaped, lines folded at 75 octets.
 */
final class CalendarFeed implements RouteHandler {

    private final boolean personal;

    CalendarFeed(boolean personal) {
        this.personal = personal;
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Communa//Meetings//FR");
        line(ics, "CALSCALE:GREGORIAN");
        request.data().read(sql -> personal ? sql.query("select " + Meetings.COLUMNS + ", r.status as mine from meetings_meetings m "
                + "join meetings_registrations r on r.meeting_id = m.id where r.participant_id = ? and m.ends_at > now() - interval '90 days' "
                + "order by m.starts_at limit 1000", CalendarToken.participant(sql, request.query().get("token")))
                : "space".equals(request.query().get("of")) ? sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m "
                + "join sdk_components c on c.id = m.component_id where c.space_id = (select space_id from sdk_components where id = ?) and c.published "
                + "and m.ends_at > now() - interval '90 days' order by m.starts_at limit 1000", request.componentId())
                : sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m where m.component_id = ? "
                + "and m.ends_at > now() - interval '90 days' order by m.starts_at limit 1000", request.componentId()))
                .forEach(meeting -> event(ics, meeting));
        line(ics, "END:VCALENDAR");
        return ModuleResponse.download("text/calendar", personal ? "my-meetings.ics" : "meetings.ics", ics.toString());
    }

    private static void event(StringBuilder ics, Row meeting) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + meeting.uuid("id") + "@communa");
        line(ics, "DTSTAMP:" + utc(meeting.time("updated_at")));
        line(ics, "DTSTART:" + utc(meeting.time("starts_at")));
        line(ics, "DTEND:" + utc(meeting.time("ends_at")));
        line(ics, "SUMMARY:" + escape(meeting.string("title")));
        if (!meeting.string("description").isEmpty()) {
            line(ics, "DESCRIPTION:" + escape(meeting.string("description")));
        }
        if (meeting.string("address") != null) {
            line(ics, "LOCATION:" + escape(meeting.string("address")));
        }
        boolean waiting = "waitlisted".equals(meeting.values().get("mine"));
        line(ics, "STATUS:" + (meeting.time("cancelled_at") != null ? "CANCELLED" : waiting ? "TENTATIVE" : "CONFIRMED"));
        line(ics, "END:VEVENT");
    }

    private static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets (continuations start with a space). */
    static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never cut a UTF-8 character in two
            }
            ics.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74; // the leading space of a continuation counts
        }
        ics.append(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
    }
}
