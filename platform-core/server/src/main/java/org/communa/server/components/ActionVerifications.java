package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleManifest;
import org.communa.server.accounts.AdminWork;
import org.communa.server.modules.ModuleHost;
import org.communa.server.persistence.Lookups;
import org.communa.server.spaces.Space;
import org.communa.server.verifications.Verifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which verification each action of a component requires, beyond what its module declares: answering this
 * survey or voting in this budget only for people of the census. PUT replaces the whole choice ({} for none).
 */
@Path("api/admin/spaces/{spaceId}/components/{componentId}/verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: components")
public class ActionVerifications {

    @Inject AdminWork admin;
    @Inject ModuleHost modules;

    @GET
    @Operation(summary = "The verification each action of the component requires")
    public JsonObject get(@PathParam("spaceId") String spaceId, @PathParam("componentId") String componentId) {
        return admin.run(em -> json(of(em, component(em, spaceId, componentId).id())));
    }

    @PUT
    @Operation(summary = "Choose the verification each action requires: {\"answer\": \"census\"}; methods: email, census")
    public JsonObject put(@PathParam("spaceId") String spaceId, @PathParam("componentId") String componentId, JsonObject body) {
        JsonObject choice = JsonFields.body(body);
        return admin.run(em -> {
            Component component = component(em, spaceId, componentId);
            ModuleManifest manifest = modules.module(component.moduleKey()).map(m -> m.manifest())
                    .orElseThrow(() -> new Problem(503, "Module unavailable", "the module " + component.moduleKey() + " is not available right now"));
            Map<String, String> checked = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : choice.entrySet()) {
                if (manifest.actions().stream().noneMatch(action -> action.key().equals(entry.getKey()))) {
                    throw Problem.badRequest("the module " + manifest.key() + " has no action " + entry.getKey());
                }
                if (!(entry.getValue() instanceof JsonString method) || !Verifications.METHODS.contains(method.getString())) {
                    throw Problem.badRequest(entry.getKey() + ": the verification is one of " + Verifications.METHODS);
                }
                checked.put(entry.getKey(), method.getString());
            }
            JsonObject stored = json(checked);
            em.createNativeQuery("update components set action_verifications = cast(? as jsonb) where id = ?")
                    .setParameter(1, stored.toString()).setParameter(2, component.id()).executeUpdate();
            return stored;
        });
    }

    /** A component's choice (action key → method), read by the dispatcher for each request. */
    static Map<String, String> of(EntityManager em, UUID componentId) {
        Object text = em.createNativeQuery("select action_verifications::text from components where id = ?").setParameter(1, componentId)
                .getSingleResult();
        Map<String, String> choice = new LinkedHashMap<>();
        JSON.createReader(new StringReader(text.toString())).readObject()
                .forEach((action, method) -> choice.put(action, ((JsonString) method).getString()));
        return choice;
    }

    private static JsonObject json(Map<String, String> choice) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        choice.forEach(json::add);
        return json.build();
    }

    private static Component component(EntityManager em, String spaceId, String componentId) {
        Space space = Lookups.byId(em, Space.class, spaceId).orElseThrow(() -> Problem.notFound("no space " + spaceId));
        return ComponentQueries.inSpace(em, space.id(), componentId);
    }
}
