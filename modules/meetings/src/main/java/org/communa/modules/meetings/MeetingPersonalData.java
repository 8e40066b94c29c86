package org.communa.modules.meetings;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.PersonalData;
import org.communa.module.api.data.RowsJson;
import org.communa.module.api.data.Sql;

/** A participant's meeting registrations (status, place in line, attendance, registration answers) and calendar link. */
final class MeetingPersonalData implements PersonalData {

    @Override
    public JsonValue export(Sql sql, UUID participantId) {
        return Meetings.JSON.createObjectBuilder()
                .add("registrations", RowsJson.array(sql.query("""
                        select m.id as meeting, m.title, m.starts_at, r.status, r.position, r.attended_at, r.answers, r.created_at
                          from meetings_registrations r join meetings_meetings m on m.id = r.meeting_id
                         where r.participant_id = ? order by m.starts_at""", participantId), "answers"))
                .add("calendarFeed", sql.first("select 1 from meetings_calendar_tokens where participant_id = ?", participantId).isPresent())
                .build();
    }

    /** Registrations name the person (the door checks them): they go, and with them the place in line; the feed too. */
    @Override
    public void forget(Sql sql, UUID participantId) {
        sql.update("delete from meetings_registrations where participant_id = ?", participantId);
        sql.update("delete from meetings_calendar_tokens where participant_id = ?", participantId);
    }
}
