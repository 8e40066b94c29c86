package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.tenant.TenantId;

/** Reads the kept items of followed spaces, newest first. */
@ApplicationScoped
public class FederatedItems {

    private static final String COLUMNS = "object_id, subscription_id, type, state, name, content, url, replies::text as replies, likes, "
            + "published, updated";

    @Inject Federation federation;

    public List<FederatedItem> of(TenantId tenant, UUID subscription) {
        return federation.data(tenant).read(sql -> sql.query("select " + COLUMNS + " from federation_remote_objects "
                + "where subscription_id = ? order by published desc nulls last, received_at desc", subscription))
                .stream().map(FederatedItem::of).toList();
    }

    public Optional<FederatedItem> byId(TenantId tenant, String objectId) {
        return federation.data(tenant).read(sql -> sql.first("select " + COLUMNS + " from federation_remote_objects where object_id = ?",
                objectId)).map(FederatedItem::of);
    }

    /** What participants of this organisation sent about an item (their replies, shown before the origin returns them). */
    public List<SentReply> sentReplies(TenantId tenant, String objectId) {
        return federation.data(tenant).read(sql -> sql.query("select s.activity_id, s.content, s.created_at, p.display_name "
                + "from federation_sent s join participants p on p.id = s.participant_id where s.object_id = ? and s.kind = 'Note' "
                + "order by s.created_at", objectId)).stream().map(row -> new SentReply(row.string("activity_id"),
                row.string("display_name"), row.string("content"), row.time("created_at"))).toList();
    }

    public record SentReply(String noteId, String author, String text, java.time.OffsetDateTime at) {
    }
}
