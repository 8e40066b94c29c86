package org.communa.server.spaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.AdminWork;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins manage participatory spaces, their phases and categories. */
@Path("api/admin/spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: spaces")
public class SpaceAdminResource {

    @Inject AdminWork admin;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @Inject org.communa.server.federation.PublishActor publishActor;
    @Inject FollowPhaseDates phaseDates;

    @GET
    public JsonArray list() {
        return admin.run(em -> {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            em.createQuery("select s from Space s order by s.slug", Space.class).getResultList()
                    .forEach(s -> items.add(SpaceJson.space(s)));
            return items.build();
        });
    }

    @POST
    public Response create(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        Space.Kind kind = parseKind(JsonFields.requiredString(b, "kind"));
        JsonObject created = admin.run(em -> {
            Space space = new Space(kind, JsonFields.requiredString(b, "slug"), JsonFields.requiredTranslations(b, "title"),
                    JsonFields.optionalTranslations(b, "description"), existingScope(em, JsonFields.optionalString(b, "scopeId")));
            requireFreeSlug(em, space.slug(), null);
            space.publish(Boolean.TRUE.equals(JsonFields.optionalBoolean(b, "published")));
            em.persist(space);
            return SpaceJson.space(space);
        });
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        JsonObject updated = admin.run(em -> {
            Space space = SpaceQueries.byId(em, Space.class, id);
            String slug = JsonFields.requiredString(b, "slug");
            requireFreeSlug(em, slug, space.id());
            space.rename(slug, JsonFields.requiredTranslations(b, "title"), JsonFields.optionalTranslations(b, "description"),
                    existingScope(em, JsonFields.optionalString(b, "scopeId")));
            Boolean published = JsonFields.optionalBoolean(b, "published");
            if (published != null) {
                space.publish(published);
            }
            Boolean followDates = JsonFields.optionalBoolean(b, "phasesFollowDates");
            if (followDates != null) {
                space.followDates(followDates);
            }
            return SpaceJson.space(space);
        });
        // followers on other servers learn the new title and description (the actor is found by the slug, so a new slug
        // is a new actor to follow)
        publishActor.spaceChanged(organisation.tenant(), java.util.UUID.fromString(updated.getString("id")));
        return updated;
    }

    /** Publishes the space (participants see it) or takes it back to a draft, nothing else changing. */
    @PUT
    @Path("{id}/publication")
    public JsonObject publish(@PathParam("id") String id, JsonObject body) {
        boolean published = JsonFields.body(body).getBoolean("published", true);
        JsonObject updated = admin.run(em -> {
            Space space = SpaceQueries.byId(em, Space.class, id);
            space.publish(published);
            return SpaceJson.space(space);
        });
        publishActor.spaceChanged(organisation.tenant(), java.util.UUID.fromString(updated.getString("id")));
        return updated;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        admin.run(em -> {
            em.remove(SpaceQueries.byId(em, Space.class, id));
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/phases")
    public Response addPhase(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        JsonObject created = admin.run(em -> {
            Space space = SpaceQueries.byId(em, Space.class, id);
            if (space.kind() != Space.Kind.process) {
                throw Problem.badRequest("only processes have phases; " + space.slug() + " is an assembly");
            }
            Integer position = JsonFields.optionalInt(b, "position");
            int next = position != null ? position : SpaceQueries.phases(em, space.id()).size() + 1;
            Phase phase = new Phase(space.id(), next, JsonFields.requiredTranslations(b, "title"),
                    date(b, "startsOn"), date(b, "endsOn"));
            em.persist(phase);
            return SpaceJson.phase(phase);
        });
        return Response.status(201).entity(afterDates(id, created)).build();
    }

    /**
     * A phase whose dates begin today becomes current at once, not at the next pass of the job; the phase is read
     * again only when its space's current phase changed.
     */
    private JsonObject afterDates(String spaceId, JsonObject phase) {
        if (phaseDates.switchDue(organisation.tenant(), java.util.UUID.fromString(spaceId)).isEmpty()) {
            return phase;
        }
        return admin.run(em -> SpaceJson.phase(phaseOf(em, spaceId, phase.getString("id"))));
    }

    @PUT
    @Path("{id}/phases/{phase}")
    public JsonObject updatePhase(@PathParam("id") String id, @PathParam("phase") String phaseId, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        JsonObject changed = admin.run(em -> {
            Phase phase = phaseOf(em, id, phaseId);
            Integer position = JsonFields.optionalInt(b, "position");
            phase.change(position == null ? phase.position() : position, JsonFields.requiredTranslations(b, "title"),
                    date(b, "startsOn"), date(b, "endsOn"));
            return SpaceJson.phase(phase);
        });
        return afterDates(id, changed);
    }

    @POST
    @Path("{id}/phases/{phase}/activate")
    public JsonObject activatePhase(@PathParam("id") String id, @PathParam("phase") String phaseId) {
        Phase activated = admin.run(em -> {
            Phase phase = phaseOf(em, id, phaseId);
            SpaceQueries.phases(em, phase.spaceId()).forEach(p -> p.activate(p.id().equals(phase.id())));
            return phase;
        });
        publishActor.spaceChanged(organisation.tenant(), activated.spaceId());
        return SpaceJson.phase(activated);
    }

    @DELETE
    @Path("{id}/phases/{phase}")
    public Response deletePhase(@PathParam("id") String id, @PathParam("phase") String phaseId) {
        admin.run(em -> {
            em.remove(phaseOf(em, id, phaseId));
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/categories")
    public Response addCategory(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        JsonObject created = admin.run(em -> {
            Space space = SpaceQueries.byId(em, Space.class, id);
            String parent = JsonFields.optionalString(b, "parentId");
            UUID parentId = parent == null ? null : categoryOf(em, id, parent).id();
            Category category = new Category(space.id(), JsonFields.requiredTranslations(b, "name"), parentId);
            em.persist(category);
            return SpaceJson.category(category);
        });
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}/categories/{category}")
    public JsonObject renameCategory(@PathParam("id") String id, @PathParam("category") String categoryId, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        return admin.run(em -> {
            Category category = categoryOf(em, id, categoryId);
            category.rename(JsonFields.requiredTranslations(b, "name"));
            return SpaceJson.category(category);
        });
    }

    @DELETE
    @Path("{id}/categories/{category}")
    public Response deleteCategory(@PathParam("id") String id, @PathParam("category") String categoryId) {
        admin.run(em -> {
            em.remove(categoryOf(em, id, categoryId));
            return null;
        });
        return Response.noContent().build();
    }

    private static Phase phaseOf(EntityManager em, String spaceId, String phaseId) {
        return inSpace(SpaceQueries.byId(em, Phase.class, phaseId), Phase::spaceId, spaceId, "phase " + phaseId);
    }

    private static Category categoryOf(EntityManager em, String spaceId, String categoryId) {
        return inSpace(SpaceQueries.byId(em, Category.class, categoryId), Category::spaceId, spaceId, "category " + categoryId);
    }

    /** A phase or category addressed under another space of the same organisation is not found there. */
    private static <T> T inSpace(T child, Function<T, UUID> spaceOf, String spaceId, String what) {
        if (!spaceOf.apply(child).toString().equals(spaceId)) {
            throw Problem.notFound("no " + what + " in space " + spaceId);
        }
        return child;
    }

    private static UUID existingScope(EntityManager em, String scopeId) {
        return scopeId == null ? null : SpaceQueries.byId(em, Scope.class, scopeId).id();
    }

    private static void requireFreeSlug(EntityManager em, String slug, UUID except) {
        boolean taken = em.createQuery("select s from Space s where s.slug = :slug", Space.class).setParameter("slug", slug)
                .getResultList().stream().anyMatch(s -> !s.id().equals(except));
        if (taken) {
            throw Problem.conflict("another space already uses the slug " + slug);
        }
    }

    private static Space.Kind parseKind(String kind) {
        try {
            return Space.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("kind must be process or assembly");
        }
    }

    private static LocalDate date(JsonObject body, String field) {
        String text = JsonFields.optionalString(body, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field + " must be a date like 2026-03-15");
        }
    }
}
