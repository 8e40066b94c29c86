package org.communa.module.api.participation;

import java.util.List;
import java.util.UUID;

/**
 * Threaded comments on a resource: plain text (at most 5,000 characters, shown escaped), replies up to
 * a depth of {@link #MAX_DEPTH}, an alignment (-1 against, 0 neutral, 1 for), up and down votes.
 */
public interface Comments {

    int MAX_DEPTH = 3;

    /** The whole thread in reading order: each comment followed by its replies. */
    List<CommentView> thread(String type, String id);

    /** A new comment, or a reply when parentId is given. Refused (400) when empty, too long or too deep. */
    CommentView add(String type, String id, UUID parentId, String body, int alignment);

    /** Only its author edits a comment. */
    CommentView edit(UUID commentId, String body);

    /** Only its author deletes a comment; its place in the thread stays, marked deleted. */
    void delete(UUID commentId);

    /** 1 up, -1 down, 0 takes the vote back; one vote per participant and comment. */
    CommentView vote(UUID commentId, int value);
}
