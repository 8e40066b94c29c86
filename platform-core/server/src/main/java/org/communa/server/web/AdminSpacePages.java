package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.components.ComponentAdminResource;
import org.communa.server.spaces.SpaceAdminResource;
import org.communa.server.spaces.SpaceQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin pages for spaces, their phases and their components. They run the very operations of the
 * admin API (same checks, same errors), fed from forms instead of JSON; a refusal shows on the form.
 */
@Path("admin/spaces")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminSpacePages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject SpaceAdminResource spaces;
    @Inject ComponentAdminResource components;
    @Inject org.communa.server.modules.ModuleHost modules;
    @Inject org.communa.kernel.persistence.TenantTransactions transactions;
    @Inject org.communa.server.http.RequestOrganisation organisation;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return gate.asAdmin(() -> listPage(200, null));
    }

    @POST
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            try {
                JsonObject created = (JsonObject) spaces.create(JSON.createObjectBuilder().add("kind", FormFields.value(form, "kind"))
                        .add("slug", FormFields.value(form, "slug")).add("title", FormFields.translations(form, "title"))
                        .add("published", form.containsKey("published")).build()).getEntity();
                return Response.seeOther(URI.create("/admin/spaces/" + created.getString("id") + "?done=created")).build();
            } catch (Problem refused) {
                return listPage(refused.status(), pages.refusal(refused));
            }
        });
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response space(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("done") String done) {
        // Set.of refuses to look for null: a page opened without ?done says nothing
        return gate.asAdmin(() -> spacePage(id, 200, null, done != null && DONE.contains(done) ? "admin.done." + done : null));
    }

    /** What a change on the space's page may report once done. */
    private static final java.util.Set<String> DONE = java.util.Set.of("created", "space", "spacePublished", "spaceUnpublished", "phaseAdded", "phaseChanged", "phaseRemoved",
            "phaseActivated", "categoryAdded", "categoryRemoved", "componentAdded", "componentPublication", "componentRemoved");

    @POST
    @Path("{id}")
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, "space", () -> {
            var space = JSON.createObjectBuilder().add("slug", FormFields.value(form, "slug"))
                    .add("title", FormFields.translations(form, "title")).add("description", FormFields.translations(form, "description"))
                    .add("published", form.containsKey("published")).add("phasesFollowDates", form.containsKey("phasesFollowDates"));
            if (!FormFields.value(form, "scopeId").isEmpty()) {
                space.add("scopeId", FormFields.value(form, "scopeId"));
            }
            spaces.update(id, space.build());
        });
    }

    @POST
    @Path("{id}/phases")
    @Operation(hidden = true)
    public Response addPhase(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, "phaseAdded", () -> spaces.addPhase(id, phaseJson(form)));
    }

    @POST
    @Path("{id}/phases/{phase}")
    @Operation(hidden = true)
    public Response updatePhase(@PathParam("id") String id, @PathParam("phase") String phase, MultivaluedMap<String, String> form) {
        return change(id, "phaseChanged", () -> spaces.updatePhase(id, phase, phaseJson(form)));
    }

    @POST
    @Path("{id}/phases/{phase}/delete")
    @Operation(hidden = true)
    public Response deletePhase(@PathParam("id") String id, @PathParam("phase") String phase) {
        return change(id, "phaseRemoved", () -> spaces.deletePhase(id, phase));
    }

    /** Deleting a space deletes its components and their content: the admin types the space's address to confirm. */
    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            String slug = spaceJson(id).getString("slug");
            if (!slug.equals(FormFields.value(form, "confirm"))) {
                return spacePage(id, 400, pages.text("admin.spaces.delete.mismatch", slug));
            }
            spaces.delete(id);
            return Response.seeOther(URI.create("/admin/spaces")).build();
        });
    }

    @POST
    @Path("{id}/phases/{phase}/activate")
    @Operation(hidden = true)
    public Response activatePhase(@PathParam("id") String id, @PathParam("phase") String phase) {
        return change(id, "phaseActivated", () -> spaces.activatePhase(id, phase));
    }

    @POST
    @Path("{id}/categories")
    @Operation(hidden = true)
    public Response addCategory(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, "categoryAdded", () -> spaces.addCategory(id, JSON.createObjectBuilder().add("name", FormFields.translations(form, "name")).build()));
    }

    @POST
    @Path("{id}/categories/{category}/delete")
    @Operation(hidden = true)
    public Response deleteCategory(@PathParam("id") String id, @PathParam("category") String category) {
        return change(id, "categoryRemoved", () -> spaces.deleteCategory(id, category));
    }

    @POST
    @Path("{id}/components")
    @Operation(hidden = true)
    public Response addComponent(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, "componentAdded", () -> components.add(id, JSON.createObjectBuilder().add("module", FormFields.value(form, "module"))
                .add("name", FormFields.translations(form, "name")).add("published", form.containsKey("published")).build()));
    }

    @POST
    @Path("{id}/components/{component}/publication")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String id, @PathParam("component") String component,
            MultivaluedMap<String, String> form) {
        return change(id, "componentPublication", () -> components.publish(id, component, "true".equals(form.getFirst("published"))));
    }

    @POST
    @Path("{id}/publication")
    @Operation(hidden = true)
    public Response publishSpace(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        boolean published = "true".equals(form.getFirst("published"));
        return change(id, published ? "spacePublished" : "spaceUnpublished",
                () -> spaces.publish(id, JSON.createObjectBuilder().add("published", published).build()));
    }

    /** A component goes with everything participants wrote in it, so the form carries an explicit confirmation. */
    @POST
    @Path("{id}/components/{component}/delete")
    @Operation(hidden = true)
    public Response deleteComponent(@PathParam("id") String id, @PathParam("component") String component,
            MultivaluedMap<String, String> form) {
        if (!"yes".equals(form.getFirst("confirm"))) {
            return gate.asAdmin(() -> spacePage(id, 400, pages.text("admin.components.delete.unconfirmed")));
        }
        return change(id, "componentRemoved", () -> components.remove(id, component));
    }

    /** Runs the change, then shows the space's page again saying what was done ({@code done}: a key of admin.done.*). */
    private Response change(String id, String done, Runnable operation) {
        return gate.asAdmin(() -> {
            try {
                operation.run();
                return Response.seeOther(URI.create("/admin/spaces/" + id + "?done=" + done)).build();
            } catch (Problem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                return spacePage(id, refused.status(), pages.refusal(refused));
            }
        });
    }

    private Response listPage(int status, String problem) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaces", JsonModel.of(spaces.list()));
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/spaces", model);
    }

    private Response spacePage(String id, int status, String problem) {
        return spacePage(id, status, problem, null);
    }

    private Response spacePage(String id, int status, String problem, String notice) {
        JsonObject space = spaceJson(id);
        Map<String, Object> model = new LinkedHashMap<>();
        if (notice != null) {
            model.put("notice", notice);
        }
        model.put("space", JsonModel.of(space));
        model.put("phases", transactions.inTenant(organisation.tenant(), em -> SpaceQueries.phases(em, java.util.UUID.fromString(id))
                .stream().map(p -> Map.<String, Object>of("id", p.id().toString(), "title", p.title(), "active", p.active(),
                        "startsOn", p.startsOn() == null ? "" : p.startsOn().toString(),
                        "endsOn", p.endsOn() == null ? "" : p.endsOn().toString())).toList()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) JsonModel.of(components.list(id));
        String kind = "process".equals(space.getString("kind")) ? "processes" : "assemblies";
        for (Map<String, Object> component : listed) {
            // a module that declares a GET "admin" route has admin pages, linked from here
            boolean administrable = modules.module(String.valueOf(component.get("module"))).map(m -> m.manifest().routes().stream()
                    .anyMatch(r -> r.method().equals("GET") && r.template().equals("admin"))).orElse(false);
            component.put("moduleName", moduleName(String.valueOf(component.get("module"))));
            if (administrable) {
                component.put("adminUrl", "/" + kind + "/" + space.getString("slug") + "/c/" + component.get("id") + "/admin");
            }
        }
        model.put("components", listed);
        model.put("publishedComponents", listed.stream().filter(c -> Boolean.TRUE.equals(c.get("published"))).count());
        model.put("modules", allowedModules().stream().map(key -> Map.<String, Object>of("key", key, "name", moduleName(key))).toList());
        model.put("scopes", transactions.inTenant(organisation.tenant(), em -> em.createQuery(
                "select s from Scope s order by s.code", org.communa.server.spaces.Scope.class).getResultList().stream()
                .map(s -> Map.<String, Object>of("id", s.id().toString(), "name", s.name())).toList()));
        model.put("categories", transactions.inTenant(organisation.tenant(), em -> SpaceQueries.categories(em,
                java.util.UUID.fromString(id)).stream().map(c -> Map.<String, Object>of("id", c.id().toString(), "name", c.name()))
                .toList()));
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/space", model);
    }

    private JsonObject spaceJson(String id) {
        return spaces.list().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals(id))
                .findFirst().orElseThrow(() -> Problem.notFound("no space " + id));
    }

    /** A module as admins know it ("Propositions"), its key when it is not running. */
    private Map<String, String> moduleName(String key) {
        return modules.module(key).map(m -> m.manifest().names()).filter(names -> !names.isEmpty()).orElse(Map.of("fr", key));
    }

    private List<String> allowedModules() {
        return pages.organisationAllowedModules();
    }

    private static JsonObject phaseJson(MultivaluedMap<String, String> form) {
        JsonObjectBuilder phase = JSON.createObjectBuilder().add("title", FormFields.translations(form, "title"));
        optional(phase, form, "startsOn");
        optional(phase, form, "endsOn");
        return phase.build();
    }

    private static void optional(JsonObjectBuilder json, MultivaluedMap<String, String> form, String field) {
        String text = FormFields.value(form, field);
        json.add(field, text.isEmpty() ? JsonValue.NULL : JSON.createValue(text));
    }
}
