package org.communa.modules.proposals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Copies the published proposals of another proposals component of the organisation (optionally only
 * the accepted ones) into this one: a new phase of the same consultation, or a merger of two. Authors,
 * texts, categories and scopes come along; supports and comments stay with the originals. A proposal
 * already imported is not imported twice.
 */
final class ImportProposals implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        Map<String, String> fields = request.form();
        UUID source;
        try {
            source = UUID.fromString(fields.getOrDefault("source", request.query().getOrDefault("source", "")));
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest("source must be the id of a proposals component");
        }
        if (source.equals(request.componentId())) {
            throw ModuleProblem.badRequest("a component cannot import its own proposals");
        }
        boolean acceptedOnly = "yes".equals(fields.getOrDefault("acceptedOnly", request.query().get("acceptedOnly")));
        int imported = request.data().write(sql -> {
            if (sql.first("select 1 from sdk_components where id = ? and module_key = 'proposals'", source).isEmpty()) {
                throw ModuleProblem.badRequest("source must be the id of a proposals component of this organisation");
            }
            sql.query("select 1 as locked from pg_advisory_xact_lock(hashtextextended(?, 0))", request.componentId().toString());
            List<Row> originals = sql.query("select id, author_id, title, body, category_id, scope_id, address from proposals_proposals "
                    + "where component_id = ? and state = 'published'" + (acceptedOnly ? " and answer_state = 'accepted' "
                    + "and answer_published_at is not null" : "") + " and not exists (select 1 from proposals_proposals mine "
                    + "where mine.component_id = ? and mine.imported_from = proposals_proposals.id) order by reference",
                    source, request.componentId());
            long next = sql.first("select coalesce(max(reference), 0) + 1 as next from proposals_proposals where component_id = ?",
                    request.componentId()).orElseThrow().integer("next");
            for (Row original : originals) {
                UUID id = UUID.randomUUID();
                // categories belong to a space: one of another space is dropped rather than carried across
                sql.update("insert into proposals_proposals (id, component_id, reference, author_id, title, body, category_id, scope_id, "
                        + "address, state, published_at, imported_from) values (?, ?, ?, ?, ?, ?, "
                        + "(select c.id from sdk_categories c join sdk_components k on k.space_id = c.space_id where k.id = ? and c.id = ?), "
                        + "?, ?, 'published', now(), ?)", id, request.componentId(), (int) next++, original.uuid("author_id"),
                        original.string("title"), original.string("body"), request.componentId(), original.uuid("category_id"),
                        original.uuid("scope_id"), original.string("address"), original.uuid("id"));
                sql.recordAction("import", ProposalsModule.TYPE, id.toString());
            }
            return originals.size();
        });
        reindex(request);
        if (request.wantsPage()) {
            return ModuleResponse.redirect("admin?imported=" + imported);
        }
        return ModuleResponse.json(200, "{\"imported\":" + imported + "}");
    }

    /** Imported proposals enter search like published ones. */
    private static void reindex(ModuleRequest request) {
        List<Row> rows = request.data().read(sql -> sql.query("select id, title, body, state from proposals_proposals "
                + "where component_id = ? and imported_from is not null", request.componentId()));
        rows.forEach(row -> ProposalIndex.index(request, row));
    }

    /** The other proposals components of the organisation an admin may import from. */
    static List<Map<String, Object>> sources(ModuleRequest request) {
        return request.data().read(sql -> sql.query("select k.id, k.name::text as name, s.slug from sdk_components k join sdk_spaces s "
                + "on s.id = k.space_id where k.module_key = 'proposals' and k.id <> ? order by s.slug", request.componentId()))
                .stream().map(r -> Map.<String, Object>of("id", r.uuid("id").toString(), "name", Proposals.translations(r.string("name")),
                        "space", r.string("slug"))).toList();
    }
}
