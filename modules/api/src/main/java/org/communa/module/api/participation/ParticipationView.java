package org.communa.module.api.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.http.ModuleRequest;

/**
 * The model of the host's participation fragments for one resource, ready for a module's page: put it
 * in the view's model as "participation" and include the theme's partials
 * ({@code partials/participation/supports}, {@code partials/participation/comments},
 * {@code partials/participation/follow}). Their forms post to the host's routes under the
 * component's address ({@code r/TYPE/ID/...}). @since 1.1
 */
public final class ParticipationView {

    private ParticipationView() {
    }

    /**
     * @param supportAction the manifest's action for supporting (null: the resource takes no supports)
     * @param commentAction the manifest's action for commenting (null: no comments)
     * @param supportsVisible whether counts show now (a component may hide them until a phase)
     * @param open whether the resource takes supports and comments at all (published, not withdrawn...)
     */
    public static Map<String, Object> of(ModuleRequest request, String type, String id, String supportAction,
            String commentAction, boolean supportsVisible, boolean open) {
        Participation services = request.services().participation();
        boolean signedIn = request.participantId().isPresent();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", type);
        view.put("id", id);
        view.put("path", "r/" + type + "/" + id);
        view.put("signedIn", signedIn);
        view.put("following", signedIn && services.follows().follows(type, id));
        List<Map<String, Object>> files = new ArrayList<>();
        for (AttachmentView a : services.attachments().list(type, id)) {
            files.add(Map.of("id", a.id(), "fileName", a.fileName(), "contentType", a.contentType(), "sizeKb",
                    Math.max(1, a.sizeBytes() / 1024), "url", a.url(), "image", a.image()));
        }
        view.put("attachments", files);
        if (supportAction != null) {
            SupportState state = services.supports().state(type, id);
            String refusal = open ? request.services().refusal(supportAction) : "closed";
            view.put("supports", Map.of("count", state.count(), "mine", state.mine(), "used", state.used(),
                    "visible", supportsVisible || state.mine(), "allowed", refusal == null, "refusal", refusal == null ? "" : refusal));
        }
        if (commentAction != null) {
            String refusal = open ? request.services().refusal(commentAction) : "closed";
            List<Map<String, Object>> comments = new ArrayList<>();
            for (CommentView c : services.comments().thread(type, id)) {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("id", c.id().toString());
                comment.put("parentId", c.parentId() == null ? "" : c.parentId().toString());
                comment.put("depth", c.depth());
                comment.put("author", c.authorName());
                comment.put("body", c.body());
                comment.put("alignment", c.alignment());
                comment.put("upVotes", c.upVotes());
                comment.put("downVotes", c.downVotes());
                comment.put("createdAt", c.createdAt().toString());
                comment.put("edited", c.edited());
                comment.put("deleted", c.deleted());
                comment.put("hidden", c.hidden());
                comment.put("mine", c.mine());
                comment.put("myVote", c.myVote());
                comment.put("canReply", c.depth() < Comments.MAX_DEPTH);
                comments.add(comment);
            }
            view.put("comments", Map.of("items", comments, "allowed", refusal == null, "refusal", refusal == null ? "" : refusal));
        }
        return view;
    }
}
