package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.Lookups;
import org.communa.server.accounts.AdminWork;
import org.communa.module.api.ModuleManifest;
import org.communa.server.spaces.Space;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins add components (uses of modules) to a space, configure, publish and remove them. */
@Path("api/admin/spaces/{spaceId}/components")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: components")
public class ComponentAdminResource {

    @Inject AdminWork admin;
    @Inject ConfigureComponent configure;
    @GET
    public JsonArray list(@PathParam("spaceId") String spaceId) {
        return admin.run(em -> {
            Space space = space(em, spaceId);
            JsonArrayBuilder items = JSON.createArrayBuilder();
            ComponentQueries.ofSpace(em, space.id(), false).forEach(c -> items.add(ComponentJson.component(c, true)));
            return items.build();
        });
    }

    @POST
    public Response add(@PathParam("spaceId") String spaceId, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        String moduleKey = JsonFields.requiredString(b, "module");
        JsonObject created = admin.run(em -> {
            Space space = space(em, spaceId);
            ModuleManifest manifest = configure.allowedModule(em, moduleKey);
            ConfigureComponent.CheckedSettings settings = configure.check(em, manifest, space.id(),
                    object(b, "settings"), object(b, "phaseSettings"));
            Component component = new Component(space.id(), moduleKey, JsonFields.requiredTranslations(b, "name"),
                    settings.global(), settings.perPhase(), ComponentQueries.ofSpace(em, space.id(), false).size() + 1);
            component.publish(Boolean.TRUE.equals(JsonFields.optionalBoolean(b, "published")));
            em.persist(component);
            return ComponentJson.component(component, true);
        });
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public JsonObject update(@PathParam("spaceId") String spaceId, @PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonFields.body(body);
        return admin.run(em -> {
            Component component = ComponentQueries.inSpace(em, space(em, spaceId).id(), id);
            ModuleManifest manifest = configure.allowedModule(em, component.moduleKey());
            ConfigureComponent.CheckedSettings settings = configure.check(em, manifest, component.spaceId(),
                    object(b, "settings"), object(b, "phaseSettings"));
            component.change(JsonFields.requiredTranslations(b, "name"), settings.global(), settings.perPhase());
            Boolean published = JsonFields.optionalBoolean(b, "published");
            if (published != null) {
                component.publish(published);
            }
            return ComponentJson.component(component, true);
        });
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("spaceId") String spaceId, @PathParam("id") String id) {
        admin.run(em -> {
            em.remove(ComponentQueries.inSpace(em, space(em, spaceId).id(), id));
            return null;
        });
        return Response.noContent().build();
    }

    /** Publishes or unpublishes a component, its settings unchanged (the admin pages' toggle). */
    public JsonObject publish(String spaceId, String id, boolean published) {
        return admin.run(em -> {
            Component component = ComponentQueries.inSpace(em, space(em, spaceId).id(), id);
            component.publish(published);
            return ComponentJson.component(component, true);
        });
    }

    private static Space space(EntityManager em, String spaceId) {
        return Lookups.byId(em, Space.class, spaceId).orElseThrow(() -> Problem.notFound("no space " + spaceId));
    }

    private static JsonObject object(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw Problem.badRequest(field + " must be an object");
        }
        return object;
    }
}
