package org.communa.server.spaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonStructure;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.Optional;
import java.util.function.Function;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participants' view of the organisation's published spaces, their phases, categories, and scopes. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants: spaces")
public class SpacesResource {

    @Inject RequestOrganisation organisation;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;
    @jakarta.ws.rs.HeaderParam("Cache-Control") String cacheControl;

    @GET
    @Path("spaces")
    public Response spaces() {
        return cached("spaces", em -> {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            em.createQuery("select s from Space s where s.published = true order by s.slug", Space.class)
                    .getResultList().forEach(s -> items.add(SpaceJson.space(s)));
            return items.build();
        });
    }

    @GET
    @Path("spaces/{slug}")
    public Response space(@PathParam("slug") String slug) {
        return cached("space:" + slug, em -> SpaceJson.space(SpaceQueries.bySlug(em, slug, false)));
    }

    @Inject org.communa.server.analysis.ContributionAnalyses analyses;

    @GET
    @Path("spaces/{slug}/themes")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The themes of the space's contributions, grouped by "
            + "machine and validated by its admins (404 until they publish them)")
    public JsonObject themes(@PathParam("slug") String slug) {
        UUID space = transactions.inTenant(organisation.tenant(), em -> SpaceQueries.bySlug(em, slug, false).id());
        return analyses.published(organisation.tenant(), space)
                .orElseThrow(() -> org.communa.kernel.problem.Problem.notFound("the space " + slug + " has no published themes"));
    }

    @GET
    @Path("spaces/{slug}/phases")
    public Response phases(@PathParam("slug") String slug) {
        return cached("phases:" + slug, em -> {
            Space space = SpaceQueries.bySlug(em, slug, false);
            JsonArrayBuilder items = JSON.createArrayBuilder();
            SpaceQueries.phases(em, space.id()).forEach(p -> items.add(SpaceJson.phase(p)));
            return items.build();
        });
    }

    @GET
    @Path("spaces/{slug}/categories")
    public Response categories(@PathParam("slug") String slug) {
        return cached("categories:" + slug, em -> {
            Space space = SpaceQueries.bySlug(em, slug, false);
            JsonArrayBuilder items = JSON.createArrayBuilder();
            SpaceQueries.categories(em, space.id()).forEach(c -> items.add(SpaceJson.category(c)));
            return items.build();
        });
    }

    @GET
    @Path("spaces/{slug}/components")
    public Response components(@PathParam("slug") String slug) {
        return cached("components:" + slug, em -> {
            Space space = SpaceQueries.bySlug(em, slug, false);
            JsonArrayBuilder items = JSON.createArrayBuilder();
            org.communa.server.components.PublishedComponents.of(em, space.id()).forEach(items::add);
            return items.build();
        });
    }

    @GET
    @Path("scopes")
    public Response scopes() {
        return cached("scopes", em -> {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            em.createQuery("select s from Scope s order by s.code", Scope.class).getResultList()
                    .forEach(s -> items.add(SpaceJson.scope(s)));
            return items.build();
        });
    }

    /**
     * Public reads are rendered once per organisation and key, then served from the tenant's cache
     * partition, unless the client asks for a fresh answer (Cache-Control: no-cache, as a forced reload does).
     */
    private Response cached(String key, Function<EntityManager, JsonStructure> read) {
        TenantId tenant = organisation.tenant();
        java.util.function.Supplier<Optional<String>> load =
                () -> Optional.of(transactions.inTenant(tenant, em -> read.apply(em).toString()));
        String json = (cacheControl != null && cacheControl.contains("no-cache") ? load.get()
                : caches.publicReads().get(tenant, key, load)).orElseThrow();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
