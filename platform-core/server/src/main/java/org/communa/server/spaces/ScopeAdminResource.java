package org.communa.server.spaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.AdminWork;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins manage the scope tree (campuses, districts). */
@Path("api/admin/scopes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: scopes")
public class ScopeAdminResource {

    @Inject AdminWork admin;

    @POST
    public Response create(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        JsonObject created = admin.run(em -> {
            Scope scope = new Scope(JsonFields.requiredString(b, "code"), JsonFields.requiredTranslations(b, "name"),
                    parent(em, JsonFields.optionalString(b, "parentId"), null));
            requireFreeCode(em, scope.code(), null);
            em.persist(scope);
            return SpaceJson.scope(scope);
        });
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        return admin.run(em -> {
            Scope scope = SpaceQueries.byId(em, Scope.class, id);
            String code = JsonFields.requiredString(b, "code");
            requireFreeCode(em, code, scope.id());
            scope.change(code, JsonFields.requiredTranslations(b, "name"),
                    parent(em, JsonFields.optionalString(b, "parentId"), scope.id()));
            return SpaceJson.scope(scope);
        });
    }

    /** The scope's outline on maps: a GeoJSON Polygon or MultiPolygon (or a Feature holding one). */
    @PUT
    @Path("{id}/outline")
    public Response outline(@PathParam("id") String id, JsonObject geoJson) {
        JsonObject body = JsonFields.body(geoJson);
        admin.run(em -> {
            org.communa.server.maps.ScopeOutlines.change(em, id, body);
            return null;
        });
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/outline")
    public Response removeOutline(@PathParam("id") String id) {
        admin.run(em -> {
            org.communa.server.maps.ScopeOutlines.change(em, id, null);
            return null;
        });
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        admin.run(em -> {
            Scope scope = SpaceQueries.byId(em, Scope.class, id);
            long used = em.createQuery("select count(s) from Scope s where s.parentId = :id", Long.class)
                    .setParameter("id", scope.id()).getSingleResult()
                    + em.createQuery("select count(s) from Space s where s.scopeId = :id", Long.class)
                    .setParameter("id", scope.id()).getSingleResult();
            if (used > 0) {
                throw Problem.conflict("scope " + scope.code() + " still has sub-scopes or spaces");
            }
            em.remove(scope);
            return null;
        });
        return Response.noContent().build();
    }

    /** The parent must exist in this organisation and must not make a cycle. */
    private static UUID parent(EntityManager em, String parentId, UUID self) {
        if (parentId == null) {
            return null;
        }
        Scope parent = SpaceQueries.byId(em, Scope.class, parentId);
        Set<UUID> seen = new HashSet<>();
        for (Scope s = parent; s != null; s = s.parentId() == null ? null : em.find(Scope.class, s.parentId())) {
            if (s.id().equals(self) || !seen.add(s.id())) {
                throw Problem.badRequest("parentId would make a cycle of scopes");
            }
        }
        return parent.id();
    }

    private static void requireFreeCode(EntityManager em, String code, UUID except) {
        boolean taken = em.createQuery("select s from Scope s where s.code = :code", Scope.class).setParameter("code", code)
                .getResultList().stream().anyMatch(s -> !s.id().equals(except));
        if (taken) {
            throw Problem.conflict("another scope already uses the code " + code);
        }
    }
}
