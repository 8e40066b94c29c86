package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.Ids;
import org.communa.server.participation.ParticipationActions;
import org.communa.server.participation.ResourceTarget;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The forms of the participation fragments (support button, comment form, votes, follow, report) on a
 * module's page. Each posts here, then goes back to the resource's page at the right place; a refusal
 * shows on a page that says why, with a way back.
 */
@Path("{kind: processes|assemblies}/{slug}/c/{componentId}/r/{type}/{id}")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ParticipationPages {

    @Inject ParticipationActions actions;
    @Inject PageRenderer pages;
    @Inject CurrentParticipant current;
    @Inject org.communa.server.participation.AttachmentFiles files;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @PathParam("slug") String slug;
    @PathParam("componentId") String componentId;
    @PathParam("type") String type;
    @PathParam("id") String id;

    @POST
    @Path("{action: support|unsupport}")
    @Operation(hidden = true)
    public Response support(@PathParam("action") String action) {
        return act(target -> {
            actions.support(target, action.equals("support"));
            return "#supports";
        });
    }

    @POST
    @Path("comments")
    @Operation(hidden = true)
    public Response comment(@FormParam("body") String body, @FormParam("parentId") String parentId, @FormParam("alignment") String alignment) {
        return act(target -> "#comment-" + actions.comment(target, Ids.optional(parentId), body, number(alignment)).id());
    }

    @POST
    @Path("comments/{comment}/edit")
    @Operation(hidden = true)
    public Response editComment(@PathParam("comment") String comment, @FormParam("body") String body) {
        return act(target -> "#comment-" + actions.editComment(target, Ids.optional(comment), body).id());
    }

    @POST
    @Path("comments/{comment}/delete")
    @Operation(hidden = true)
    public Response deleteComment(@PathParam("comment") String comment) {
        return act(target -> {
            actions.deleteComment(target, Ids.optional(comment));
            return "#comment-" + comment;
        });
    }

    @POST
    @Path("comments/{comment}/vote")
    @Operation(hidden = true)
    public Response vote(@PathParam("comment") String comment, @FormParam("value") String value) {
        return act(target -> "#comment-" + actions.vote(target, Ids.optional(comment), number(value)).id());
    }

    @POST
    @Path("{action: follow|unfollow}")
    @Operation(hidden = true)
    public Response follow(@PathParam("action") String action) {
        return act(target -> {
            actions.follow(target, action.equals("follow"));
            return "#follow";
        });
    }

    @POST
    @Path("report")
    @Operation(hidden = true)
    public Response report(@FormParam("reason") String reason, @FormParam("details") String details, @FormParam("commentId") String commentId) {
        return act(target -> {
            actions.report(target, Ids.optional(commentId), reason == null ? "" : reason, details);
            return "?reported=1";
        });
    }

    /** A file from the attachment form (multipart: its token travels in the form's address). */
    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response attach(@FormParam("file") jakarta.ws.rs.core.EntityPart file) {
        return act(target -> {
            if (file == null) {
                throw Problem.badRequest("choose a file to attach").explainedAs("problem.attachment.empty");
            }
            files.store(target, organisation.tenant(), current.roles(), file.getFileName().orElse(""), file.getContent());
            return "#attachments";
        });
    }

    @POST
    @Path("attachments/{attachment}/delete")
    @Operation(hidden = true)
    public Response detach(@PathParam("attachment") String attachment) {
        return act(target -> {
            files.delete(target, organisation.tenant(), current.roles(), Ids.optional(attachment));
            return "#attachments";
        });
    }

    private Response act(Function<ResourceTarget, String> action) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        ResourceTarget target = actions.resolve(slug, componentId, type, id, pages.locale());
        try {
            String anchor = action.apply(target);
            return Response.seeOther(URI.create(target.url() + anchor)).build();
        } catch (Problem refused) {
            return refusedPage(refused.status(), pages.refusal(refused), target);
        } catch (ModuleProblem refused) {
            return refusedPage(refused.status(), pages.refusal(refused), target);
        } catch (DataConflictException refused) {
            return refusedPage(409, refused.getMessage(), target);
        }
    }

    private Response refusedPage(int status, String problem, ResourceTarget target) {
        return pages.page(status, "pages/refused", Map.of("problem", problem, "back", target.url()));
    }


    private static int number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("not a number: " + text);
        }
    }
}
