package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.settings.SettingDefinition;
import org.communa.server.components.ComponentAdminResource;
import org.communa.server.modules.ModuleHost;
import org.communa.server.spaces.SpaceQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A component's admin page: its name, and a form built from its module's manifest for the global
 * settings and for the settings of each phase (a box for yes/no, a number, a text, a choice). Saved
 * through the admin API's operation, which validates against the manifest.
 */
@Path("admin/spaces/{space}/components/{component}")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminComponentPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject ComponentAdminResource components;
    @Inject org.communa.server.components.ActionVerifications verifications;
    @Inject ModuleHost modules;
    @Inject org.communa.kernel.persistence.TenantTransactions transactions;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @PathParam("space") String spaceId;
    @PathParam("component") String componentId;

    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("saved") String saved) {
        return gate.asAdmin(() -> page(200, saved != null ? "admin.components.saved" : null, null, component()));
    }

    @POST
    @Operation(hidden = true)
    public Response save(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> saveAsAdmin(form));
    }

    private Response saveAsAdmin(MultivaluedMap<String, String> form) {
        JsonObject component = component();
        ModuleManifest manifest = manifest(component.getString("module"));
        try {
            JsonObjectBuilder phaseSettings = JSON.createObjectBuilder();
            for (Map<String, Object> phase : phases()) {
                phaseSettings.add((String) phase.get("id"), values(form, "phase." + phase.get("id") + ".", manifest.phaseSettings()));
            }
            components.update(spaceId, componentId, JSON.createObjectBuilder().add("name", FormFields.translations(form, "name"))
                    .add("settings", values(form, "global.", manifest.globalSettings())).add("phaseSettings", phaseSettings).build());
            JsonObjectBuilder required = JSON.createObjectBuilder();
            manifest.actions().forEach(action -> {
                String method = form.getFirst("verify." + action.key());
                if (method != null && !method.isBlank()) {
                    required.add(action.key(), method);
                }
            });
            verifications.put(spaceId, componentId, required.build());
            return Response.seeOther(URI.create("/admin/spaces/" + spaceId + "/components/" + componentId + "?saved")).build();
        } catch (Problem refusedChange) {
            return page(refusedChange.status(), null, pages.refusal(refusedChange), component);
        }
    }

    /** The form's values of these settings as JSON: checkboxes absent mean false, numbers are parsed. */
    private static JsonObject values(MultivaluedMap<String, String> form, String prefix, List<SettingDefinition> definitions) {
        JsonObjectBuilder values = JSON.createObjectBuilder();
        for (SettingDefinition setting : definitions) {
            String raw = form.getFirst(prefix + setting.key());
            switch (setting.type()) {
                case BOOLEAN -> values.add(setting.key(), "true".equals(raw));
                case INTEGER -> {
                    try {
                        values.add(setting.key(), Long.parseLong(raw == null ? "" : raw.strip()));
                    } catch (NumberFormatException e) {
                        throw Problem.badRequest(setting.key() + " must be a whole number, got: " + raw);
                    }
                }
                default -> values.add(setting.key(), raw == null ? "" : raw);
            }
        }
        return values.build();
    }

    private Response page(int status, String notice, String problem, JsonObject component) {
        ModuleManifest manifest = manifest(component.getString("module"));
        JsonObject stored = component.getJsonObject("settings");
        JsonObject storedPerPhase = component.getJsonObject("phaseSettings");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceId", spaceId);
        model.put("component", JsonModel.of(component));
        model.put("moduleKey", manifest.key());
        model.put("moduleName", manifest.names().isEmpty() ? Map.of("fr", manifest.key()) : manifest.names());
        model.put("global", fields(manifest.globalSettings(), stored, "global."));
        List<Map<String, Object>> perPhase = new ArrayList<>();
        if (!manifest.phaseSettings().isEmpty()) {
            for (Map<String, Object> phase : phases()) {
                JsonObject values = storedPerPhase.containsKey((String) phase.get("id"))
                        ? storedPerPhase.getJsonObject((String) phase.get("id")) : JsonObject.EMPTY_JSON_OBJECT;
                perPhase.add(Map.of("title", phase.get("title"), "fields", fields(manifest.phaseSettings(), values, "phase." + phase.get("id") + ".")));
            }
        }
        model.put("phases", perPhase);
        JsonObject required = verifications.get(spaceId, componentId);
        model.put("actions", manifest.actions().stream().filter(action -> action.requiredRole().equals("participant"))
                .map(action -> Map.of("key", action.key(), "declared", action.verification() == null ? "" : action.verification(),
                        "value", required.getString(action.key(), ""))).toList());
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/component", model);
    }

    private static List<Map<String, Object>> fields(List<SettingDefinition> definitions, JsonObject stored, String prefix) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (SettingDefinition setting : definitions) {
            Object value = stored.containsKey(setting.key()) ? JsonModel.of(stored.get(setting.key())) : setting.defaultValue();
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("key", setting.key());
            field.put("name", prefix + setting.key());
            field.put("id", (prefix + setting.key()).replaceAll("[^a-zA-Z0-9_-]", "-"));
            field.put("type", setting.type().name().toLowerCase(java.util.Locale.ROOT));
            field.put("value", value);
            field.put("min", setting.min());
            field.put("max", setting.max());
            field.put("choices", setting.choices() == null ? List.of() : setting.choices());
            fields.add(field);
        }
        return fields;
    }

    private JsonObject component() {
        return components.list(spaceId).getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(componentId))
                .findFirst().orElseThrow(() -> Problem.notFound("no component " + componentId + " in this space"));
    }

    private ModuleManifest manifest(String key) {
        return modules.module(key).orElseThrow(() -> new Problem(503, "Module unavailable",
                "the module " + key + " is not available right now: its settings cannot be edited")).manifest();
    }

    private List<Map<String, Object>> phases() {
        return transactions.inTenant(organisation.tenant(), em -> SpaceQueries.phases(em, java.util.UUID.fromString(spaceId))
                .stream().map(p -> Map.<String, Object>of("id", p.id().toString(), "title", p.title())).toList());
    }
}
