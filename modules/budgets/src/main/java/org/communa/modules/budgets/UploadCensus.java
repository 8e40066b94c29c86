package org.communa.modules.budgets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An admin replaces the census with a list of hashed identifiers, one per line: {@code HASH} or
 * {@code HASH;SCOPE_ID}, HASH being the SHA-256 (hex) of the identifier trimmed and upper-cased, so that
 * the organisation never hands over its people's identifiers. A bad line refuses the whole list, with its
 * number; verifications already made for identifiers still listed are kept.
 */
final class UploadCensus implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return AdminPage.respond(request, () -> upload(request));
    }

    private static ModuleResponse upload(ModuleRequest request) {
        String body = request.wantsPage() ? request.form().getOrDefault("census", "") : request.body() == null ? "" : request.body();
        Map<String, UUID> census = new LinkedHashMap<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            String hash = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}") || parts.length > 2) {
                throw ModuleProblem.badRequest("line " + (i + 1) + ": expected a SHA-256 hash in hex (64 characters), "
                        + "optionally followed by ;SCOPE_ID");
            }
            UUID scope = parts.length == 2 && !parts[1].isBlank() ? SaveProject.uuid(parts[1].strip(), "line " + (i + 1) + ": scope") : null;
            census.put(hash, scope);
        }
        int stored = request.data().write(sql -> {
            for (UUID scope : new java.util.HashSet<>(census.values())) {
                if (scope != null && sql.first("select 1 from sdk_scopes where id = ?", scope).isEmpty()) {
                    throw ModuleProblem.badRequest("scope " + scope + " is not a scope of this organisation");
                }
            }
            sql.update("delete from budgets_census where component_id = ?", request.componentId());
            for (Map.Entry<String, UUID> entry : census.entrySet()) {
                sql.update("insert into budgets_census (component_id, identifier_hash, scope_id) values (?, ?, ?)",
                        request.componentId(), entry.getKey(), entry.getValue());
            }
            sql.update("delete from budgets_verifications v where component_id = ? and not exists (select 1 from budgets_census c "
                    + "where c.component_id = v.component_id and c.identifier_hash = v.identifier_hash)", request.componentId());
            sql.recordAction("replace", "census", request.componentId().toString());
            return census.size();
        });
        return ModuleResponse.json(200, "{\"identifiers\":" + stored + "}");
    }
}
