package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.modulehost.participation.ReportDesk;
import org.communa.modulehost.participation.SqlComments;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.RemoteReply;
import org.communa.module.api.participation.CommentView;

/**
 * Replies from the fediverse: a Note in reply to a published resource (or to one of its comments)
 * becomes a comment by the participant standing for its remote author; its Update edits it and its
 * Delete removes it, only when they come from that author. Remote markup is reduced to plain text.
 */
@ApplicationScoped
public class RemoteComments {

    private static final Logger LOG = Logger.getLogger(RemoteComments.class.getName());
    private static final int MAX_LENGTH = 5000;

    @Inject FederatedResources resources;
    @Inject RemoteActors remoteActors;
    @Inject Federation federation;
    @Inject RemoteParticipation participation;
    @Inject FederationPolicies policies;
    @Inject VisitorRequests visitors;

    void create(TenantId tenant, String actor, JsonObject create) throws Exception {
        if (!(create.get("object") instanceof JsonObject note) || !ActivityJson.is(note, "Note")) {
            LOG.info("Create " + ActivityJson.id(create.get("id")) + " dropped: only Note replies are taken");
            return;
        }
        String noteId = ActivityJson.id(note.get("id"));
        if (noteId == null || !RemoteActors.sameOrigin(noteId, actor) || !actor.equals(ActivityJson.id(note.get("attributedTo")))) {
            LOG.info("Note " + noteId + " dropped: it is not by the actor " + actor + " who sent it");
            return;
        }
        String inReplyTo = ActivityJson.id(note.get("inReplyTo"));
        Optional<FederatedResource> target = resources.byObjectId(tenant, inReplyTo);
        UUID parent = target.isPresent() ? commentInFragment(inReplyTo) : null;
        if (target.isEmpty()) {
            // a reply to a reply that came from the fediverse: the thread continues under it
            Optional<UUID> remoteParent = remoteParent(tenant, inReplyTo);
            if (remoteParent.isEmpty()) {
                LOG.info("Note " + noteId + " dropped: it replies to " + inReplyTo + ", nothing this organisation published");
                return;
            }
            parent = remoteParent.get();
            target = resources.byObjectId(tenant, objectOf(tenant, parent));
        }
        if (target.isEmpty() || target.get().deleted()) {
            LOG.info("Note " + noteId + " dropped: the resource it replies to is no longer published");
            return;
        }
        if (parent == null && takenByModule(tenant, target.get(), actor, note)) {
            return;
        }
        String text = ActivityJson.plainText(note, "content");
        if (text.isEmpty()) {
            LOG.info("Note " + noteId + " dropped: no text");
            return;
        }
        FederatedResource resource = target.get();
        String body = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        // a delivery tried again (its first try stopped by a process dying) finds the comment it wrote, by the note's id
        Optional<Row> known = federation.data(tenant).read(sql -> sql.first("select c.id, c.author_id, "
                + "rs.hidden_at is not null as hidden, exists (select 1 from reports r where r.resource_type = 'comment' "
                + "and r.resource_id = c.id::text) as reported from comments c left join resource_stats rs on rs.component_id = "
                + "c.component_id and rs.resource_type = 'comment' and rs.resource_id = c.id::text where c.remote_id = ?", noteId));
        if (known.isPresent()) {
            Row comment = known.get();
            if (Boolean.TRUE.equals(comment.bool("hidden")) && !Boolean.TRUE.equals(comment.bool("reported"))) {
                queueForModerators(tenant, resource, comment.uuid("id"), body, comment.uuid("author_id"));
            }
            return;
        }
        UUID author = remoteActors.participantFor(tenant, remoteActors.get(tenant, actor));
        boolean held = policies.of(tenant).moderateRemoteComments();
        CommentView comment = comments(tenant, resource, author).addRemote(resource.type(), resource.id(), parent, body, noteId, held);
        if (held) {
            queueForModerators(tenant, resource, comment.id(), body, author);
        }
    }

    /** In the moderators' queue until one of them restores it (filed in the author's name, the only participant involved). */
    private void queueForModerators(TenantId tenant, FederatedResource resource, UUID comment, String body, UUID author) {
        new ReportDesk(participation.scope(tenant, resource, author)).report("comment", comment.toString(), "other",
                "arrived from another server; this organisation moderates such comments before they show", resource.objectId(),
                body, author);
    }

    /** Whether the resource's module takes the reply as its own (a vote on a poll) rather than a comment. */
    private boolean takenByModule(TenantId tenant, FederatedResource resource, String actor, JsonObject note) {
        var visit = visitors.on(tenant, resource.componentId()).filter(found -> found.manifest().replyHandler() != null);
        if (visit.isEmpty()) {
            return false;
        }
        RemoteReply reply = new RemoteReply(actor, ActivityJson.id(note.get("id")), ActivityJson.textOrEmpty(note, "name").strip(),
                ActivityJson.plainText(note, "content"));
        try {
            return visit.get().manifest().replyHandler().take(visit.get().request(), resource.type(), resource.id(), reply);
        } catch (RuntimeException refused) {
            // a module that cannot take what it was given must not turn it into a comment either
            LOG.info("Note " + reply.noteId() + " dropped: module " + resource.moduleKey() + " refused it: " + refused.getMessage());
            return true;
        }
    }

    void update(TenantId tenant, String actor, JsonObject update) {
        if (!(update.get("object") instanceof JsonObject note) || !ActivityJson.is(note, "Note")) {
            LOG.info("Update " + ActivityJson.id(update.get("id")) + " dropped: only Note updates are taken");
            return;
        }
        mine(tenant, actor, ActivityJson.id(note.get("id"))).ifPresent(found -> {
            String text = ActivityJson.plainText(note, "content");
            if (!text.isEmpty()) {
                comments(tenant, found.resource(), found.author()).edit(found.comment(),
                        text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
            }
        });
    }

    void delete(TenantId tenant, String actor, JsonObject delete) {
        mine(tenant, actor, ActivityJson.id(delete.get("object")))
                .ifPresent(found -> comments(tenant, found.resource(), found.author()).delete(found.comment()));
    }

    private record Found(UUID comment, UUID author, FederatedResource resource) {
    }

    /** The comment that came as this Note, when the actor is its author. */
    private Optional<Found> mine(TenantId tenant, String actor, String noteId) {
        if (noteId == null) {
            return Optional.empty();
        }
        return federation.data(tenant).read(sql -> sql.first("select c.id, c.author_id from comments c join participants p "
                + "on p.id = c.author_id where c.remote_id = ? and p.remote_actor = ?", noteId, actor))
                .flatMap(row -> resources.byObjectId(tenant, objectOf(tenant, row.uuid("id")))
                        .map(resource -> new Found(row.uuid("id"), row.uuid("author_id"), resource)));
    }

    private Optional<UUID> remoteParent(TenantId tenant, String noteId) {
        return federation.data(tenant).read(sql -> sql.first("select id from comments where remote_id = ?", noteId))
                .map(row -> row.uuid("id"));
    }

    /** The published object a comment belongs to. */
    private String objectOf(TenantId tenant, UUID commentId) {
        return federation.data(tenant).read(sql -> sql.first("select o.object_id from comments c join federation_objects o "
                + "on o.component_id = c.component_id and o.resource_type = c.resource_type and o.resource_id = c.resource_id "
                + "where c.id = ?", commentId)).map(row -> row.string("object_id")).orElse(null);
    }

    private SqlComments comments(TenantId tenant, FederatedResource resource, UUID author) {
        return new SqlComments(participation.scope(tenant, resource, author));
    }


    /** The comment an object id names by its fragment (#comment-uuid), or null. */
    static UUID commentInFragment(String objectId) {
        int at = objectId.indexOf("#comment-");
        if (at < 0) {
            return null;
        }
        try {
            return UUID.fromString(objectId.substring(at + "#comment-".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
