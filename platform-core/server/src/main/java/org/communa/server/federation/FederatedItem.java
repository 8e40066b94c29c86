package org.communa.server.federation;

import jakarta.json.JsonArray;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.module.api.data.Row;

/** An item of a followed space as kept here: what a federated consultation page shows. */
public record FederatedItem(String objectId, UUID subscriptionId, String type, String state, String name, String content, String url,
        JsonArray replies, long likes, OffsetDateTime published, OffsetDateTime updated) {

    static FederatedItem of(Row row) {
        return new FederatedItem(row.string("object_id"), row.uuid("subscription_id"), row.string("type"), row.string("state"), row.string("name"),
                row.string("content"), row.string("url"),
                org.communa.kernel.json.JsonFactory.JSON.createReader(new java.io.StringReader(row.string("replies"))).readArray(),
                row.integer("likes"), row.time("published"), row.time("updated"));
    }
}
