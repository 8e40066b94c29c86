package org.communa.module.api.participation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One comment as a thread shows it. Deleted and hidden comments keep their place (replies stay
 * readable) with an empty body; {@code mine} and {@code myVote} concern the request's participant.
 */
public record CommentView(UUID id, UUID parentId, int depth, UUID authorId, String authorName, String body,
        int alignment, int upVotes, int downVotes, OffsetDateTime createdAt, boolean edited, boolean deleted,
        boolean hidden, boolean mine, int myVote) {
}
