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
                return Response.seeOther(URI.create("/admin/spaces/" + created.getString("id"))).build();
            } catch (Problem refused) {
                return listPage(refused.status(), pages.refusal(refused));
            }
        });
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response space(@PathParam("id") String id) {
        return gate.asAdmin(() -> spacePage(id, 200, null));
    }

    @POST
    @Path("{id}")
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, () -> {
            var space = JSON.createObjectBuilder().add("slug", FormFields.value(form, "slug"))
                    .add("title", FormFields.translations(form, "title")).add("description", FormFields.translations(form, "description"))
                    .add("published", form.containsKey("published"));
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
        return change(id, () -> spaces.addPhase(id, phaseJson(form)));
    }

    @POST
    @Path("{id}/phases/{phase}")
    @Operation(hidden = true)
    public Response updatePhase(@PathParam("id") String id, @PathParam("phase") String phase, MultivaluedMap<String, String> form) {
        return change(id, () -> spaces.updatePhase(id, phase, phaseJson(form)));
    }

    @POST
    @Path("{id}/phases/{phase}/delete")
    @Operation(hidden = true)
    public Response deletePhase(@PathParam("id") String id, @PathParam("phase") String phase) {
        return change(id, () -> spaces.deletePhase(id, phase));
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
        return change(id, () -> spaces.activatePhase(id, phase));
    }

    @POST
    @Path("{id}/categories")
    @Operation(hidden = true)
    public Response addCategory(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, () -> spaces.addCategory(id, JSON.createObjectBuilder().add("name", FormFields.translations(form, "name")).build()));
    }

    @POST
    @Path("{id}/categories/{category}/delete")
    @Operation(hidden = true)
    public Response deleteCategory(@PathParam("id") String id, @PathParam("category") String category) {
        return change(id, () -> spaces.deleteCategory(id, category));
    }

    @POST
    @Path("{id}/components")
    @Operation(hidden = true)
    public Response addComponent(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(id, () -> components.add(id, JSON.createObjectBuilder().add("module", FormFields.value(form, "module"))
                .add("name", FormFields.translations(form, "name")).add("published", form.containsKey("published")).build()));
    }

    @POST
    @Path("{id}/components/{component}/publication")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String id, @PathParam("component") String component,
            MultivaluedMap<String, String> form) {
        return change(id, () -> components.publish(id, component, "true".equals(form.getFirst("published"))));
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
        return change(id, () -> components.remove(id, component));
    }

    private Response change(String id, Runnable operation) {
        return gate.asAdmin(() -> {
            try {
                operation.run();
                return Response.seeOther(URI.create("/admin/spaces/" + id)).build();
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
        JsonObject space = spaceJson(id);
        Map<String, Object> model = new LinkedHashMap<>();
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
            if (administrable) {
                component.put("adminUrl", "/" + kind + "/" + space.getString("slug") + "/c/" + component.get("id") + "/admin");
            }
        }
        model.put("components", listed);
        model.put("modules", allowedModules());
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
