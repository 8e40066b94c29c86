package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.participation.ModerationQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The moderators' page: reported content, its reasons, and hide or restore. */
@Path("admin/moderation")
@RequestScoped
@jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED)
public class ModerationPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject ModerationQueue queue;
    @Inject org.communa.server.accounts.BlockAccount blocking;
    @Inject PageRenderer pages;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return asModerator(() -> {
            var items = queue.reported(organisation.tenant(), 200).stream().map(i -> Map.<String, Object>of(
                    "componentId", i.componentId().toString(), "type", i.type(), "id", i.id(), "reports", i.reports(),
                    "hidden", i.hiddenAt() != null, "url", i.url() == null ? "" : i.url(), "excerpt", i.excerpt() == null ? "" : i.excerpt(),
                    "reasons", i.reasons() == null ? "" : i.reasons(), "authorId", i.authorId() == null ? "" : i.authorId().toString(),
                    "authorBlocked", i.authorBlocked())).toList();
            return pages.page("pages/admin/moderation", Map.of("items", items));
        });
    }

    @POST
    @Path("{componentId}/{type}/{id}/{action: hide|restore}")
    @Operation(hidden = true)
    public Response moderate(@PathParam("componentId") String componentId, @PathParam("type") String type, @PathParam("id") String id,
            @PathParam("action") String action) {
        return asModerator(() -> {
            UUID component = Ids.inPath(componentId, "component");
            queue.moderate(organisation.tenant(), current.id(), component, type, id, action.equals("hide"));
            return Response.seeOther(URI.create("/admin/moderation")).build();
        });
    }

    @POST
    @Path("participants/{participant}/{action: block|unblock}")
    @Operation(hidden = true)
    public Response block(@PathParam("participant") String participant, @PathParam("action") String action,
            @jakarta.ws.rs.FormParam("back") String back) {
        return asModerator(() -> {
            blocking.block(organisation.tenant(), current.id(), participant, action.equals("block"));
            // back to the people page when the admin blocked from there; never to an address from outside
            return Response.seeOther(URI.create("/admin/people".equals(back) ? "/admin/people" : "/admin/moderation")).build();
        });
    }

    private Response asModerator(java.util.function.Supplier<Response> page) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        if (!current.moderates()) {
            return pages.page(403, "pages/error", Map.of("status", 403));
        }
        return page.get();
    }
}
