package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.modulehost.participation.ReportDesk;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ModuleProblem;

/**
 * A Flag (a report, as Mastodon sends them: the reported objects, possibly with the account, and a comment)
 * lands in the moderators' queue as a report by the participant standing for the remote reporter, for each
 * published resource or comment of this organisation it names; anything else it names is ignored.
 */
@ApplicationScoped
public class RemoteReports {

    private static final Logger LOG = Logger.getLogger(RemoteReports.class.getName());
    private static final int MAX_DETAILS = 1000;

    @Inject FederatedResources resources;
    @Inject RemoteActors remoteActors;
    @Inject RemoteParticipation participation;

    void flag(TenantId tenant, String actor, JsonObject flag) throws Exception {
        String comment = ActivityJson.plainText(flag, "content");
        String details = "reported from another server (" + actor + ")" + (comment.isEmpty() ? "" : ": " + comment);
        int filed = 0;
        for (String objectId : ActivityJson.ids(flag.get("object"))) {
            Optional<FederatedResource> resource = resources.byObjectId(tenant, objectId).filter(r -> !r.deleted());
            if (resource.isEmpty()) {
                continue;
            }
            UUID reporter = remoteActors.participantFor(tenant, remoteActors.get(tenant, actor));
            UUID commentId = RemoteComments.commentInFragment(objectId);
            try {
                new ReportDesk(participation.scope(tenant, resource.get(), reporter)).report(commentId == null ? resource.get().type() : "comment",
                        commentId == null ? resource.get().id() : commentId.toString(), "other",
                        details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details, objectId, "", null);
                filed++;
            } catch (ModuleProblem alreadyReported) {
                LOG.info("Flag " + ActivityJson.id(flag.get("id")) + " of " + objectId + ": " + alreadyReported.getMessage());
            }
        }
        if (filed == 0) {
            LOG.info("Flag " + ActivityJson.id(flag.get("id")) + " dropped: it names nothing this organisation publishes");
        }
    }
}
