package org.communa.server.federation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.module.api.data.Row;

/** A remote space (or organisation) the organisation follows, and where the Follow stands. */
public record Subscription(UUID id, String remoteActor, String handle, String name, String summary, String url, String state,
        String followId, String phase, OffsetDateTime createdAt) {

    static Subscription of(Row row) {
        return new Subscription(row.uuid("id"), row.string("remote_actor"), row.string("handle"), row.string("name"),
                row.string("summary"), row.string("url"), row.string("state"), row.string("follow_id"), row.string("phase"),
                row.time("created_at"));
    }

    public boolean accepted() {
        return "accepted".equals(state);
    }

    /** The server it comes from, as people read it (host[:port]). */
    public String origin() {
        return java.net.URI.create(remoteActor).getAuthority();
    }
}
