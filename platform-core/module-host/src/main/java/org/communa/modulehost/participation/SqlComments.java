package org.communa.modulehost.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.participation.CommentView;
import org.communa.module.api.participation.Comments;

/** Threaded comments on any resource, with their counters and votes kept in the same transaction. */
public final class SqlComments implements Comments {

    public static final String RESOURCE_TYPE = "comment";
    static final int MAX_LENGTH = 5000;
    private static final String DELETED_NAME = "Participant supprimé";
    private final ParticipationScope scope;

    public SqlComments(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public List<CommentView> thread(String type, String id) {
        ParticipationScope.checkResource(type, id);
        return scope.data().read(sql -> inReadingOrder(sql.query(SELECT
                + " where c.component_id = ? and c.resource_type = ? and c.resource_id = ? order by c.created_at, c.id",
                me(), scope.componentId(), type, id)));
    }

    @Override
    public CommentView add(String type, String id, UUID parentId, String body, int alignment) {
        return add(type, id, parentId, body, alignment, false, null);
    }

    /** A comment held for the moderators: hidden from its first moment, in the same transaction, until restored. */
    /**
     * A reply that came from another server, with the id of its note written in the same transaction (so
     * that a delivery tried again finds it), and hidden for the moderators when HELD.
     */
    public CommentView addRemote(String type, String id, UUID parentId, String body, String remoteId, boolean held) {
        return add(type, id, parentId, body, 0, held, remoteId);
    }

    private CommentView add(String type, String id, UUID parentId, String body, int alignment, boolean held, String remoteId) {
        ParticipationScope.checkResource(type, id);
        UUID author = scope.requireParticipant();
        String text = checkedBody(body);
        if (alignment < -1 || alignment > 1) {
            throw ModuleProblem.badRequest("alignment must be -1 (against), 0 (neutral) or 1 (for), got: " + alignment);
        }
        UUID commentId = UUID.randomUUID();
        scope.data().write(sql -> {
            int depth = 0;
            if (parentId != null) {
                Row parent = sql.first("select depth from comments where id = ? and component_id = ? and resource_type = ? "
                        + "and resource_id = ?", parentId, scope.componentId(), type, id)
                        .orElseThrow(() -> ModuleProblem.notFound("no comment " + parentId + " on this " + type));
                depth = parent.integer("depth").intValue() + 1;
                if (depth > MAX_DEPTH) {
                    throw ModuleProblem.badRequest("replies go " + MAX_DEPTH + " levels deep at most; answer a comment higher up")
                            .explainedAs("problem.commentDepth", MAX_DEPTH);
                }
            }
            sql.update("insert into comments (id, component_id, resource_type, resource_id, parent_id, depth, author_id, body, alignment, "
                    + "remote_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", commentId, scope.componentId(), type, id, parentId, depth, author,
                    text, alignment, remoteId);
            ResourceStats.add(sql, scope.componentId(), type, id, "comments", 1);
            if (held) {
                ReportDesk.hide(sql, scope.componentId(), "comment", commentId.toString());
            }
            sql.recordAction("comment", type, id);
            return null;
        });
        return one(commentId);
    }

    @Override
    public CommentView edit(UUID commentId, String body) {
        String text = checkedBody(body);
        scope.data().write(sql -> {
            requireOwn(sql, commentId);
            sql.update("update comments set body = ?, edited_at = now() where id = ?", text, commentId);
            sql.recordAction("edit_comment", RESOURCE_TYPE, commentId.toString());
            return null;
        });
        return one(commentId);
    }

    @Override
    public void delete(UUID commentId) {
        scope.data().write(sql -> {
            Row comment = requireOwn(sql, commentId);
            int changed = sql.update("update comments set deleted_at = now() where id = ? and deleted_at is null", commentId);
            if (changed > 0) {
                ResourceStats.add(sql, scope.componentId(), comment.string("resource_type"), comment.string("resource_id"), "comments", -1);
                sql.recordAction("delete_comment", RESOURCE_TYPE, commentId.toString());
            }
            return null;
        });
    }

    @Override
    public CommentView vote(UUID commentId, int value) {
        if (value < -1 || value > 1) {
            throw ModuleProblem.badRequest("a vote is 1 (up), -1 (down) or 0 (none), got: " + value);
        }
        UUID voter = scope.requireParticipant();
        scope.data().write(sql -> {
            // the comment row lock orders concurrent votes on it, so its counters stay exact
            sql.first("select id from comments where id = ? and component_id = ? and deleted_at is null for update",
                    commentId, scope.componentId()).orElseThrow(() -> ModuleProblem.notFound("no comment " + commentId));
            sql.update("delete from comment_votes where comment_id = ? and participant_id = ?", commentId, voter);
            if (value != 0) {
                sql.update("insert into comment_votes (comment_id, participant_id, value) values (?, ?, ?)", commentId, voter, value);
            }
            sql.update("update comments set up_votes = (select count(*) from comment_votes where comment_id = ? and value = 1), "
                    + "down_votes = (select count(*) from comment_votes where comment_id = ? and value = -1) where id = ?",
                    commentId, commentId, commentId);
            return null;
        });
        return one(commentId);
    }

    /** The comment's resource, author and text, for the host's checks before an edit, a vote or a report. */
    public Row resourceOf(UUID commentId) {
        return scope.data().read(sql -> sql.first("select resource_type, resource_id, author_id, body from comments where id = ? "
                + "and component_id = ?", commentId, scope.componentId())
                .orElseThrow(() -> ModuleProblem.notFound("no comment " + commentId)));
    }

    private static final String SELECT = """
            select c.id, c.parent_id, c.depth, c.author_id, p.display_name, p.deleted_at as author_deleted, c.body, c.alignment,
                   c.up_votes, c.down_votes, c.created_at, c.edited_at, c.deleted_at, s.hidden_at,
                   coalesce(v.value, 0) as my_vote
              from comments c join participants p on p.id = c.author_id
              left join resource_stats s on s.component_id = c.component_id and s.resource_type = 'comment' and s.resource_id = c.id::text
              left join comment_votes v on v.comment_id = c.id and v.participant_id = ?""";

    private UUID me() {
        return scope.participantId();
    }

    private CommentView one(UUID commentId) {
        return scope.data().read(sql -> view(sql.first(SELECT + " where c.id = ?", me(), commentId).orElseThrow()));
    }

    private Row requireOwn(Sql sql, UUID commentId) {
        UUID participant = scope.requireParticipant();
        Row comment = sql.first("select author_id, resource_type, resource_id, deleted_at from comments where id = ? and component_id = ?",
                commentId, scope.componentId()).orElseThrow(() -> ModuleProblem.notFound("no comment " + commentId));
        if (!participant.equals(comment.uuid("author_id"))) {
            throw ModuleProblem.forbidden("only its author may change a comment");
        }
        if (comment.time("deleted_at") != null) {
            throw ModuleProblem.conflict("this comment is deleted");
        }
        return comment;
    }

    static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ModuleProblem.badRequest("a comment needs some text").explainedAs("problem.commentEmpty");
        }
        if (text.length() > MAX_LENGTH) {
            throw ModuleProblem.badRequest("a comment has at most " + MAX_LENGTH + " characters, this one has " + text.length())
                    .explainedAs("problem.commentLong", MAX_LENGTH);
        }
        return text;
    }

    private List<CommentView> inReadingOrder(List<Row> rows) {
        Map<UUID, List<CommentView>> replies = new LinkedHashMap<>();
        List<CommentView> roots = new ArrayList<>();
        for (Row row : rows) {
            CommentView comment = view(row);
            if (comment.parentId() == null) {
                roots.add(comment);
            } else {
                replies.computeIfAbsent(comment.parentId(), k -> new ArrayList<>()).add(comment);
            }
        }
        List<CommentView> ordered = new ArrayList<>();
        roots.forEach(root -> visit(root, replies, ordered));
        return ordered;
    }

    private static void visit(CommentView comment, Map<UUID, List<CommentView>> replies, List<CommentView> into) {
        into.add(comment);
        replies.getOrDefault(comment.id(), List.of()).forEach(reply -> visit(reply, replies, into));
    }

    private CommentView view(Row row) {
        boolean deleted = row.time("deleted_at") != null;
        boolean hidden = row.time("hidden_at") != null;
        boolean authorGone = row.time("author_deleted") != null;
        UUID author = row.uuid("author_id");
        return new CommentView(row.uuid("id"), row.uuid("parent_id"), row.integer("depth").intValue(), author,
                authorGone ? DELETED_NAME : row.string("display_name"), deleted || hidden ? "" : row.string("body"),
                row.integer("alignment").intValue(), row.integer("up_votes").intValue(), row.integer("down_votes").intValue(),
                row.time("created_at"), row.time("edited_at") != null, deleted, hidden, author.equals(me()),
                row.integer("my_vote").intValue());
    }
}
