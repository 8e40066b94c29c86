package org.communa.modulehost.participation;

import org.communa.module.api.participation.Attachments;
import org.communa.module.api.participation.Comments;
import org.communa.module.api.participation.Follows;
import org.communa.module.api.participation.Moderation;
import org.communa.module.api.participation.Notifications;
import org.communa.module.api.participation.Participation;
import org.communa.module.api.participation.Search;
import org.communa.module.api.participation.Supports;

/** The participation services of one module request, all on the same scope. */
public final class KernelParticipation implements Participation {

    private final ParticipationScope scope;
    private final String componentPath;
    private final LinkTargets linkTargets;

    public KernelParticipation(ParticipationScope scope, String componentPath) {
        this(scope, componentPath, LinkTargets.NONE);
    }

    public KernelParticipation(ParticipationScope scope, String componentPath, LinkTargets linkTargets) {
        this.scope = scope;
        this.componentPath = componentPath;
        this.linkTargets = linkTargets;
    }

    @Override public Supports supports() { return new SqlSupports(scope); }
    @Override public Comments comments() { return new SqlComments(scope); }
    @Override public Follows follows() { return new SqlFollows(scope); }
    @Override public Notifications notifications() { return new SqlNotifications(scope, componentPath); }
    @Override public Moderation moderation() { return new SqlModeration(scope); }
    @Override public Search search() { return new SqlSearch(scope); }
    @Override public Attachments attachments() { return new SqlAttachments(scope); }
    @Override public org.communa.module.api.participation.Links links() { return new SqlLinks(scope, linkTargets); }
}
