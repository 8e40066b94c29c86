package org.communa.modules.meetings;

import java.util.Map;
import java.util.Optional;
import org.communa.module.api.data.Ids;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.ResourceCatalog;
import org.communa.module.api.participation.ResourceInfo;

/**
 * Tells the host about a meeting so that people comment on it, follow it and report what is said there
 * with the platform's own services; a cancelled meeting takes no more comments. Meetings take no supports.
 */
final class MeetingCatalog implements ResourceCatalog {

    @Override
    public Optional<ResourceInfo> find(ModuleRequest request, String type, String id) {
        return Ids.uuid(id).filter(meeting -> MeetingsModule.MEETING.equals(type))
                .flatMap(meeting -> request.data().read(sql -> Meetings.find(sql, request.componentId(), meeting))).map(row -> new ResourceInfo(type, id,
                Map.of("fr", row.string("title")), "meetings/" + id, null, false, row.time("cancelled_at") == null, 0));
    }
}
