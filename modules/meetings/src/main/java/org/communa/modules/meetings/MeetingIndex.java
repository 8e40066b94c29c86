package org.communa.modules.meetings;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.participation.Search;

/**
 * What the organisation's search knows of a meeting: its title, description, place and minutes; a cancelled
 * meeting leaves the results. Indexed wherever the meeting is also offered to the fediverse.
 */
final class MeetingIndex {

    private MeetingIndex() {
    }

    static void index(Search search, Sql sql, UUID componentId, UUID meetingId) {
        Meetings.find(sql, componentId, meetingId).ifPresent(row -> index(search, row));
    }

    private static void index(Search search, Row row) {
        String text = String.join("\n", value(row, "description"), value(row, "address"), value(row, "minutes"));
        search.index(MeetingsModule.MEETING, row.uuid("id").toString(), row.string("title"), text,
                "meetings/" + row.uuid("id"), row.time("cancelled_at") == null);
    }

    /** Every meeting of the component, again (the demo's start). */
    static void indexAll(ModuleData data, UUID componentId, Search search) {
        data.read(sql -> sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m where m.component_id = ?", componentId))
                .forEach(row -> index(search, row));
    }

    private static String value(Row row, String column) {
        String value = row.string(column);
        return value == null ? "" : value;
    }
}
