package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.communa.module.api.participation.CommentView;
import org.communa.module.api.participation.SupportState;

/** Supports and comments in the API. */
final class ParticipationJson {

    private ParticipationJson() {
    }

    static JsonObject supports(SupportState state) {
        return JSON.createObjectBuilder().add("count", state.count()).add("mine", state.mine()).add("used", state.used()).build();
    }

    static JsonObject comment(CommentView c) {
        var json = JSON.createObjectBuilder().add("id", c.id().toString()).add("depth", c.depth()).add("author", c.authorName())
                .add("body", c.body()).add("alignment", c.alignment()).add("upVotes", c.upVotes()).add("downVotes", c.downVotes())
                .add("createdAt", c.createdAt().toString()).add("edited", c.edited()).add("deleted", c.deleted())
                .add("hidden", c.hidden()).add("mine", c.mine()).add("myVote", c.myVote());
        if (c.parentId() != null) {
            json.add("parentId", c.parentId().toString());
        }
        return json.build();
    }

    static JsonObject thread(List<CommentView> comments) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        comments.forEach(c -> items.add(comment(c)));
        return JSON.createObjectBuilder().add("items", items).build();
    }
}
