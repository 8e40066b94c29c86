package org.communa.server.participation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.modulehost.ActionPermissions;
import org.communa.modulehost.participation.ReportDesk;
import org.communa.module.api.Action;
import org.communa.modulehost.participation.SqlComments;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.participation.CommentView;
import org.communa.module.api.participation.ResourceCatalog;
import org.communa.module.api.participation.ResourceInfo;
import org.communa.module.api.participation.SupportState;
import org.communa.server.components.ComponentDispatcher;
import org.communa.server.modules.ModuleHost;

/**
 * What participants do with any module's resource through the host: support, comment, vote on
 * comments, follow, report. The module's catalog says whether the resource exists and is open; the
 * module's "support" and "comment" actions (role, phase setting, verification) say whether the
 * participant may act now. Comments notify the resource's followers; commenters follow what they
 * commented.
 */
@RequestScoped
public class ParticipationActions {

    @Inject ComponentDispatcher dispatcher;
    @Inject ModuleHost modules;
    @Inject org.communa.server.platform.Platform platform;
    @Inject org.communa.server.components.ModuleServices services;
    @Inject org.communa.server.http.ReadCaches caches;

    public ResourceTarget resolve(String slug, String componentId, String type, String id, String locale) {
        ComponentDispatcher.Resolved resolved = dispatcher.resolve(slug, componentId, "GET", "", null, Map.of(), locale, false);
        ResourceCatalog catalog = resolved.manifest().resourceCatalog();
        if (catalog == null || !resolved.manifest().resourceTypes().contains(type)) {
            throw Problem.notFound("this component has no " + type + " resources");
        }
        Optional<ResourceInfo> info;
        try {
            info = catalog.find(resolved.request(), type, id);
            modules.answered(resolved.manifest().key());
        } catch (ModuleProblem refused) {
            throw refused;
        } catch (RuntimeException e) {
            throw dispatcher.failed(resolved.manifest().key(), e);
        }
        return new ResourceTarget(resolved.manifest(), resolved.request(), resolved.componentPath(),
                info.orElseThrow(() -> Problem.notFound("no " + type + " " + id + " here")));
    }

    public SupportState support(ResourceTarget target, boolean add) {
        if (add) {
            requireOpen(target.info().acceptsSupports(), "this " + target.info().type() + " takes no supports now");
            require(target, "support");
            return target.services().supports().support(target.info().type(), target.info().id(), target.info().supportLimit());
        }
        require(target, "support");
        return target.services().supports().withdraw(target.info().type(), target.info().id());
    }

    public CommentView comment(ResourceTarget target, UUID parentId, String body, int alignment) {
        requireOpen(target.info().acceptsComments(), "this " + target.info().type() + " takes no comments now");
        require(target, "comment");
        CommentView comment = target.services().comments().add(target.info().type(), target.info().id(), parentId, body, alignment);
        target.services().notifications().notifyFollowers(target.info().type(), target.info().id(), "comment_created",
                target.title(), target.info().path() + "#comment-" + comment.id());
        target.services().follows().follow(target.info().type(), target.info().id());
        return comment;
    }

    public CommentView editComment(ResourceTarget target, UUID commentId, String body) {
        requireOwnResource(target, commentId);
        return target.services().comments().edit(commentId, body);
    }

    public void deleteComment(ResourceTarget target, UUID commentId) {
        requireOwnResource(target, commentId);
        target.services().comments().delete(commentId);
    }

    public CommentView vote(ResourceTarget target, UUID commentId, int value) {
        requireOwnResource(target, commentId);
        require(target, "comment");
        return target.services().comments().vote(commentId, value);
    }

    public void follow(ResourceTarget target, boolean follow) {
        signedIn(target);
        if (follow) {
            target.services().follows().follow(target.info().type(), target.info().id());
        } else {
            target.services().follows().unfollow(target.info().type(), target.info().id());
        }
    }

    /** A report of the resource itself, or of one of its comments when commentId is given. */
    public ReportDesk.Outcome report(ResourceTarget target, UUID commentId, String reason, String details) {
        signedIn(target);
        ReportDesk desk = new ReportDesk(scope(target));
        ReportDesk.Outcome outcome = reportWith(desk, target, commentId, reason, details);
        if (outcome.hidden()) {
            // hidden means gone from the lists visitors share at once, not in a few seconds
            caches.moduleAnswers().invalidate(new org.communa.kernel.tenant.TenantId(target.request().organisationId()));
        }
        return outcome;
    }

    private ReportDesk.Outcome reportWith(ReportDesk desk, ResourceTarget target, UUID commentId, String reason, String details) {
        String title = target.title().getOrDefault("fr", target.title().values().stream().findFirst().orElse(""));
        if (commentId == null) {
            return desk.report(target.info().type(), target.info().id(), reason, details, target.url(), title, target.info().authorId());
        }
        // one read of the comment checks where it belongs and gives moderators its words and author
        Row comment = requireOwnResource(target, commentId);
        return desk.report(SqlComments.RESOURCE_TYPE, commentId.toString(), reason, details, target.url() + "#comment-" + commentId,
                comment.string("body"), comment.uuid("author_id"));
    }

    /** The comment belongs to this resource (ids from a form are never trusted on their own). */
    private Row requireOwnResource(ResourceTarget target, UUID commentId) {
        Row comment = new SqlComments(scope(target)).resourceOf(commentId);
        if (!target.info().type().equals(comment.string("resource_type")) || !target.info().id().equals(comment.string("resource_id"))) {
            throw Problem.notFound("no comment " + commentId + " on this " + target.info().type());
        }
        return comment;
    }

    /** The host's tables (supports, comments, reports), used as the host: never through the module's role. */
    private ParticipationScope scope(ResourceTarget target) {
        UUID participant = target.request().participantId().orElse(null);
        var data = platform.moduleConnections().host(new org.communa.kernel.tenant.TenantId(target.request().organisationId()),
                new org.communa.modulehost.ActionContext(target.manifest().key(), target.componentId(), participant));
        return new ParticipationScope(data, target.componentId(), participant);
    }

    /** The permission service's verdict on the module's action, as a refusal worded for people. */
    private void require(ResourceTarget target, String actionKey) {
        Action action = target.manifest().actions().stream().filter(a -> a.key().equals(actionKey)).findFirst()
                .orElseThrow(() -> Problem.notFound("this component takes no " + actionKey + "s"));
        // the request's services decide with the component's own choices (a verification its admins require)
        String refusal = target.request().services().refusal(actionKey);
        if (refusal == null) {
            return;
        }
        ActionPermissions.Verdict verdict = ActionPermissions.decide(action, services.asker(), target.request().settings()::bool);
        if (verdict == ActionPermissions.Verdict.ALLOWED) {
            verdict = ActionPermissions.Verdict.VERIFICATION;
        }
        int status = verdict == ActionPermissions.Verdict.SIGN_IN ? 401 : 403;
        throw new Problem(status, status == 401 ? "Unauthorized" : "Forbidden", refusal)
                .explainedAs("problem.permission." + verdict.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void signedIn(ResourceTarget target) {
        if (target.request().participantId().isEmpty()) {
            throw Problem.unauthorized("sign in first").explainedAs("problem.signIn");
        }
    }

    private static void requireOpen(boolean open, String detail) {
        if (!open) {
            throw Problem.conflict(detail).explainedAs("problem.closed");
        }
    }
}
