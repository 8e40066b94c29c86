package org.communa.modules.meetings;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;

/**
 * The line at the door of a meeting. Every change takes the meeting's row lock first, so that two hundred
 * people registering at once for fifty places end as exactly fifty registered and the others waiting in the
 * order they came; a place freed (or added) goes to the first in line.
 */
final class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/I: read aloud and typed at the door
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Registrations() {
    }

    /** The participant's registration (made now if they had none): registered, or waitlisted when the meeting is full. */
    static Row register(Sql sql, UUID meetingId, UUID participant, jakarta.json.JsonObject answers) {
        Row meeting = lock(sql, meetingId);
        if (meeting.time("cancelled_at") != null) {
            throw ModuleProblem.conflict("this meeting is cancelled");
        }
        if (!Boolean.TRUE.equals(meeting.bool("registrations_open")) || !meeting.time("ends_at").isAfter(Meetings.now())) {
            throw ModuleProblem.conflict("registrations for this meeting are closed");
        }
        Optional<Row> existing = of(sql, meetingId, participant);
        if (existing.isPresent()) {
            return existing.get();
        }
        Long capacity = meeting.integer("capacity");
        long registered = sql.first("select count(*) as n from meetings_registrations where meeting_id = ? and status = 'registered'",
                meetingId).orElseThrow().integer("n");
        String status = capacity == null || registered < capacity ? "registered" : "waitlisted";
        long position = sql.first("select coalesce(max(position), 0) + 1 as next from meetings_registrations where meeting_id = ?",
                meetingId).orElseThrow().integer("next");
        sql.update("insert into meetings_registrations (meeting_id, participant_id, status, position, code, answers) "
                + "values (?, ?, ?, ?, ?, ?::jsonb)", meetingId, participant, status, position, code(), answers.isEmpty() ? null : answers.toString());
        return of(sql, meetingId, participant).orElseThrow();
    }

    /** Withdraws a registration (false when there was none); the place goes to the first in line, whom it returns. */
    static Optional<List<UUID>> unregister(Sql sql, UUID meetingId, UUID participant) {
        lock(sql, meetingId);
        boolean removed = sql.update("delete from meetings_registrations where meeting_id = ? and participant_id = ?", meetingId,
                participant) > 0;
        return removed ? Optional.of(promote(sql, meetingId)) : Optional.empty();
    }

    /** Lets people in from the waiting list while there are places; returns who came in (to be told). */
    static List<UUID> promote(Sql sql, UUID meetingId) {
        Row meeting = lock(sql, meetingId);
        Long capacity = meeting.integer("capacity");
        long registered = sql.first("select count(*) as n from meetings_registrations where meeting_id = ? and status = 'registered'",
                meetingId).orElseThrow().integer("n");
        long free = capacity == null ? Long.MAX_VALUE : capacity - registered;
        if (free <= 0) {
            return List.of();
        }
        return sql.query("update meetings_registrations set status = 'registered' where meeting_id = ? and participant_id in ("
                + "select participant_id from meetings_registrations where meeting_id = ? and status = 'waitlisted' order by position limit ?) "
                + "returning participant_id", meetingId, meetingId, Math.min(free, Integer.MAX_VALUE)).stream()
                .map(row -> row.uuid("participant_id")).toList();
    }

    /** Tells those who came in from the waiting list that they have a place (after the change committed). */
    static void tellPromoted(org.communa.module.api.http.ModuleRequest request, UUID meetingId, String title, List<UUID> promoted) {
        promoted.forEach(participant -> request.services().participation().notifications().notifyParticipant(participant,
                "meeting_place_confirmed", java.util.Map.of("fr", title), "meetings/" + meetingId));
    }

    static Optional<Row> of(Sql sql, UUID meetingId, UUID participant) {
        return sql.first("select status, position, code, attended_at, (select count(*) from meetings_registrations w where w.meeting_id = r.meeting_id "
                + "and w.status = 'waitlisted' and w.position < r.position) as ahead from meetings_registrations r "
                + "where meeting_id = ? and participant_id = ?", meetingId, participant);
    }

    private static Row lock(Sql sql, UUID meetingId) {
        return sql.query("select capacity, registrations_open, cancelled_at, ends_at from meetings_meetings where id = ? for update", meetingId)
                .stream().findFirst().orElseThrow(() -> ModuleProblem.notFound("no meeting " + meetingId));
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
