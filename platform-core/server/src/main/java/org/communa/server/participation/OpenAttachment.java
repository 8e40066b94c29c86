package org.communa.server.participation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleProblem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;

/**
 * An attachment is seen by whoever may see its resource, and by no one else: its module's resource catalogue is
 * asked as for the resource's page (a draft is its author's, a withdrawn or unpublished one is the module's call),
 * and a resource moderators hid is the moderators' and admins' only. An attachment knows its owner only by ids,
 * so its own address must not be a way around the resource's visibility.
 */
@RequestScoped
public class OpenAttachment {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject AttachmentFiles files;
    @Inject ParticipationActions actions;

    public Optional<AttachmentFiles.Stored> open(UUID attachment) {
        return files.find(organisation.tenant(), attachment).filter(this::visible).map(AttachmentFiles.Found::stored);
    }

    private boolean visible(AttachmentFiles.Found owner) {
        if (owner.hidden() && !current.moderates()) {
            return false;
        }
        try {
            actions.resolve(owner.spaceSlug(), owner.componentId().toString(), owner.resourceType(), owner.resourceId(), "fr");
            return true;
        } catch (Problem refused) {
            if (refused.status() < 500) {
                return false;
            }
            throw refused;
        } catch (ModuleProblem refused) {
            return false; // the module refuses to show the resource to this viewer
        }
    }
}
