package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.accounts.AccountDeleted;

/**
 * A participant's choice of a public fediverse identity: without it nothing of theirs leaves the
 * organisation; with it, they reply to and support federated consultations as a Person actor. Giving it up
 * (or deleting the account) takes back what they sent: a Delete of each reply to the server that has it,
 * then of the actor itself.
 */
@ApplicationScoped
public class FediverseIdentity {

    @Inject Federation federation;
    @Inject Deliveries deliveries;

    public boolean chosen(TenantId tenant, UUID participant) {
        return federation.data(tenant).read(sql -> sql.first("select fediverse_identity from participants where id = ?", participant))
                .map(row -> Boolean.TRUE.equals(row.bool("fediverse_identity"))).orElse(false);
    }

    public String actorId(TenantId tenant, UUID participant) {
        return federation.base(tenant) + LocalActor.personPath(participant);
    }

    public void choose(TenantId tenant, UUID participant, boolean publicIdentity) {
        if (!publicIdentity) {
            forget(tenant, participant);
        }
        federation.data(tenant).write(sql -> sql.update("update participants set fediverse_identity = ? where id = ? and remote_actor is null",
                publicIdentity, participant));
    }

    void onAccountDeleted(@Observes AccountDeleted deleted) {
        forget(deleted.tenant(), deleted.participant());
        federation.data(deleted.tenant()).write(sql -> sql.update("update participants set fediverse_identity = false where id = ?",
                deleted.participant()));
    }

    private void forget(TenantId tenant, UUID participant) {
        String path = LocalActor.personPath(participant);
        String actor = federation.base(tenant) + path;
        var sent = federation.data(tenant).read(sql -> sql.query("select activity_id, kind, object_id, inbox from federation_sent "
                + "where participant_id = ?", participant));
        sent.forEach(row -> {
            // a Note is taken back by its id; a Like is undone
            var activity = "Note".equals(row.string("kind"))
                    ? JSON.createObjectBuilder().add("type", "Delete").add("object", JSON.createObjectBuilder()
                            .add("id", row.string("activity_id")).add("type", "Tombstone"))
                    : JSON.createObjectBuilder().add("type", "Undo").add("object", JSON.createObjectBuilder()
                            .add("id", row.string("activity_id")).add("type", "Like").add("actor", actor).add("object", row.string("object_id")));
            deliveries.to(tenant, path, row.string("inbox"), activity.add("@context", Federation.AS_CONTEXT)
                    .add("id", actor + "#forget/" + UUID.randomUUID()).add("actor", actor).build());
        });
        sent.stream().map(row -> row.string("inbox")).distinct().forEach(inbox -> deliveries.to(tenant, path, inbox,
                JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT).add("id", actor + "#delete/" + UUID.randomUUID())
                        .add("type", "Delete").add("actor", actor).add("object", actor).build()));
        federation.data(tenant).write(sql -> sql.update("delete from federation_sent where participant_id = ?", participant));
    }
}
