package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.spaces.Space;
import org.communa.server.spaces.SpaceLookup;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The participants' pages of the organisation: home, processes and assemblies, a space. */
@Path("")
@RequestScoped
public class SpacePages {

    @Inject RequestOrganisation organisation;
    @Inject TenantTransactions transactions;
    @Inject PageRenderer pages;

    @GET
    @Operation(hidden = true)
    public Response home() {
        var blocks = pages.organisation().homeBlocks();
        return pages.page("pages/home", transactions.inTenant(organisation.tenant(), em -> Map.of(
                "blocks", HomeBlocks.render(em, blocks))));
    }

    @GET
    @Path("processes")
    @Operation(hidden = true)
    public Response processes() {
        return list(Space.Kind.process);
    }

    @GET
    @Path("assemblies")
    @Operation(hidden = true)
    public Response assemblies() {
        return list(Space.Kind.assembly);
    }

    @jakarta.inject.Inject org.communa.server.accounts.CurrentParticipant current;
    @jakarta.inject.Inject org.communa.server.participation.FollowSpace follows;
    @jakarta.inject.Inject ComponentDigests digests;
    @jakarta.inject.Inject org.communa.server.analysis.ContributionAnalyses analyses;

    @GET
    @Path("{kind: processes|assemblies}/{slug}")
    @Operation(hidden = true)
    public Response space(@PathParam("kind") String kind, @PathParam("slug") String slug) {
        Map<String, Object> model = transactions.inTenant(organisation.tenant(), em -> {
            Space space = SpaceLookup.publishedBySlug(em, slug);
            if (!space.kind().name().equals(kind.equals("processes") ? "process" : "assembly")) {
                throw org.communa.kernel.problem.Problem.notFound("no " + kind + " " + slug);
            }
            return Map.of("space", SpaceViews.full(em, space), "followingSpace",
                    current.present() && follows.follows(organisation.tenant(), current.id(), slug));
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> space = (Map<String, Object>) model.get("space");
        Map<String, Object> page = new java.util.HashMap<>(Map.of("space", digests.withDigests(organisation.tenant(), space),
                "followingSpace", model.get("followingSpace")));
        analyses.published(organisation.tenant(), java.util.UUID.fromString(space.get("id").toString()))
                .ifPresent(themes -> page.put("themes", JsonModel.of(themes)));
        return pages.page("pages/space", page);
    }

    @POST
    @Path("{kind: processes|assemblies}/{slug}/{action: follow|unfollow}")
    @Operation(hidden = true)
    public Response follow(@PathParam("kind") String kind, @PathParam("slug") String slug, @PathParam("action") String action) {
        if (!current.present()) {
            return Response.seeOther(java.net.URI.create("/sign-in")).build();
        }
        follows.follow(organisation.tenant(), current.id(), slug, action.equals("follow"));
        return Response.seeOther(java.net.URI.create("/" + kind + "/" + slug)).build();
    }

    private Response list(Space.Kind kind) {
        return pages.page("pages/spaces", transactions.inTenant(organisation.tenant(), em -> Map.of(
                "kind", kind.name(), "spaces", SpaceViews.published(em, kind))));
    }
}
