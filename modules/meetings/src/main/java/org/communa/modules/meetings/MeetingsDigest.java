package org.communa.modules.meetings;

import org.communa.module.api.ComponentDigest;
import org.communa.module.api.http.ModuleRequest;

/** On the space's page: the next meetings (not cancelled), soonest first, with how they are held. */
final class MeetingsDigest implements ComponentDigest.Provider {

    @Override
    public ComponentDigest digest(ModuleRequest request) {
        return new ComponentDigest(request.data().read(sql -> sql.query("select id, title, kind, starts_at from meetings_meetings "
                + "where component_id = ? and ends_at > now() and cancelled_at is null order by starts_at limit 3", request.componentId()))
                .stream().map(row -> new ComponentDigest.Item(row.string("title"), "meetings/" + row.uuid("id"), row.time("starts_at").toString(),
                        row.string("kind"))).toList());
    }
}
