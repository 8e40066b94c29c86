package org.communa.modules.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** The proposal form, new or editing, with the space's categories and the organisation's scopes to choose from. */
final class ProposalForms {

    private ProposalForms() {
    }

    static final class NewForm implements RouteHandler {
        @Override
        public ModuleResponse handle(ModuleRequest request) {
            if (!request.services().can("assist")) {
                request.require("create");
            }
            // from a meeting's page: "record a proposal collected here"
            String bornAt = request.query().getOrDefault("bornAt", "");
            return form(request, bornAt.isBlank() ? Map.of() : Map.of("bornAt", bornAt), null, null);
        }
    }

    static final class EditForm implements RouteHandler {
        @Override
        public ModuleResponse handle(ModuleRequest request) {
            long window = request.settings().integer("edit_window_minutes");
            Row row = request.data().read(sql -> Proposals.requireOwn(sql, request));
            UpdateProposal.requireEditable(row, window);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", row.string("title"));
            fields.put("body", row.string("body"));
            fields.put("categoryId", row.uuid("category_id") == null ? "" : row.uuid("category_id").toString());
            fields.put("scopeId", row.uuid("scope_id") == null ? "" : row.uuid("scope_id").toString());
            fields.put("address", Proposals.nonNull(row.string("address")));
            fields.put("latitude", row.get("latitude") == null ? "" : row.get("latitude").toString());
            fields.put("longitude", row.get("longitude") == null ? "" : row.get("longitude").toString());
            return form(request, fields, null, row.uuid("id").toString());
        }
    }

    /** The form page; a refusal shows above the fields, which keep what the participant typed. */
    static ModuleResponse form(ModuleRequest request, Map<String, String> fields, RuntimeException problem, String proposalId) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("title", "body", "categoryId", "scopeId", "address", "assistedPerson", "assistedPlace", "bornAt")) {
            values.put(field, fields.getOrDefault(field, ""));
        }
        model.put("fields", values);
        // a refusal the module worded shows in the reader's language (the theme's refusal() function)
        model.put("problem", problem == null ? "" : problem instanceof ModuleProblem p ? p.toModel() : problem.getMessage());
        model.put("proposalId", proposalId == null ? "" : proposalId);
        model.put("canAssist", proposalId == null && request.services().can("assist"));
        model.put("bodyMax", request.settings().integer("body_max_length"));
        model.put("choices", choices(request));
        model.put("bornAt", bornAtTitle(request, values.get("bornAt")));
        return ModuleResponse.view(problem == null ? 200 : 400, "form", model);
    }

    /** The title of the meeting (or other resource) the proposal comes from, or "" when none or not found. */
    private static Object bornAtTitle(ModuleRequest request, String bornAt) {
        if (bornAt == null || bornAt.isBlank()) {
            return "";
        }
        try {
            String[] parts = bornAt.split("/", 3);
            return new BornAt(java.util.UUID.fromString(parts[0]), parts[1], parts[2]).target(request).map(link -> (Object) link.title()).orElse("");
        } catch (RuntimeException malformed) {
            return "";
        }
    }

    /** Categories of the component's space and scopes of the organisation, by name per language. */
    static Map<String, Object> choices(ModuleRequest request) {
        return request.data().read(sql -> {
            List<Map<String, Object>> categories = sql.query("select c.id, c.name::text as name from sdk_categories c join sdk_components k "
                    + "on k.space_id = c.space_id where k.id = ? order by c.name->>'fr'", request.componentId()).stream()
                    .map(r -> Map.<String, Object>of("id", r.uuid("id").toString(), "name", Proposals.translations(r.string("name"))))
                    .toList();
            List<Map<String, Object>> scopes = org.communa.module.api.data.Scopes.all(sql);
            return Map.<String, Object>of("categories", categories, "scopes", scopes);
        });
    }
}
