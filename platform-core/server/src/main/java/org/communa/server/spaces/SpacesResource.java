package org.communa.server.spaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

    @GET
    @Path("spaces")
    public JsonArray spaces() {
        return transactions.inTenant(organisation.tenant(), em -> {
            JsonArrayBuilder items = Json.createArrayBuilder();
            em.createQuery("select s from Space s where s.published = true order by s.slug", Space.class)
                    .getResultList().forEach(s -> items.add(SpaceJson.space(s)));
            return items.build();
        });
    }

    @GET
    @Path("spaces/{slug}")
    public jakarta.json.JsonObject space(@PathParam("slug") String slug) {
        return transactions.inTenant(organisation.tenant(), em -> SpaceJson.space(SpaceQueries.bySlug(em, slug, false)));
    }

    @GET
    @Path("spaces/{slug}/phases")
    public JsonArray phases(@PathParam("slug") String slug) {
        return transactions.inTenant(organisation.tenant(), em -> {
            Space space = SpaceQueries.bySlug(em, slug, false);
            JsonArrayBuilder items = Json.createArrayBuilder();
            SpaceQueries.phases(em, space.id()).forEach(p -> items.add(SpaceJson.phase(p)));
            return items.build();
        });
    }

    @GET
    @Path("spaces/{slug}/categories")
    public JsonArray categories(@PathParam("slug") String slug) {
        return transactions.inTenant(organisation.tenant(), em -> {
            Space space = SpaceQueries.bySlug(em, slug, false);
            JsonArrayBuilder items = Json.createArrayBuilder();
            SpaceQueries.categories(em, space.id()).forEach(c -> items.add(SpaceJson.category(c)));
            return items.build();
        });
    }

    @GET
    @Path("scopes")
    public JsonArray scopes() {
        return transactions.inTenant(organisation.tenant(), em -> {
            JsonArrayBuilder items = Json.createArrayBuilder();
            em.createQuery("select s from Scope s order by s.code", Scope.class).getResultList()
                    .forEach(s -> items.add(SpaceJson.scope(s)));
            return items.build();
        });
    }
}
