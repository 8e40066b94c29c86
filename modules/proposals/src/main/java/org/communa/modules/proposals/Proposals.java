package org.communa.modules.proposals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;

/**
 * Reading proposals: one query shape for the list, the page, the API and the exports, with the
 * author's name, the category and scope names, and the host's counters. Hidden proposals (moderation)
 * are left out everywhere; drafts are seen by their author only.
 */
final class Proposals {

    static final String SELECT = """
            select p.id, p.reference, p.author_id, a.display_name as author_name, a.deleted_at as author_deleted, p.title, p.body,
                   p.category_id, c.name::text as category_name, p.scope_id, s.name::text as scope_name, p.address, p.latitude, p.longitude, p.state,
                   p.answer_state, p.answer, p.cost, p.answered_at, p.answer_published_at, p.assisted_person, p.assisted_place,
                   p.created_at, p.updated_at, p.published_at, p.withdrawn_at,
                   coalesce(r.supports, 0) as supports, coalesce(r.comments, 0) as comments, r.hidden_at
              from proposals_proposals p
              join sdk_participants a on a.id = p.author_id
              left join sdk_categories c on c.id = p.category_id
              left join sdk_scopes s on s.id = p.scope_id
              left join sdk_resource_stats r on r.component_id = p.component_id and r.resource_type = 'proposal'
                   and r.resource_id = p.id::text""";

    private Proposals() {
    }

    /** A proposal the request may see: published or withdrawn, or a draft of its own author; never a hidden one. */
    static Optional<Row> visible(Sql sql, ModuleRequest request, UUID id) {
        UUID me = request.participantId().orElse(null);
        return sql.first(SELECT + " where p.component_id = ? and p.id = ? and r.hidden_at is null "
                + "and (p.state <> 'draft' or p.author_id = ?)", request.componentId(), id, me);
    }

    /** The proposal a host service asks about by type and id (catalog, fediverse): empty unless it is one the request may see. */
    static Optional<Row> asked(ModuleRequest request, String type, String id) {
        if (!ProposalsModule.TYPE.equals(type)) {
            return Optional.empty();
        }
        UUID proposal;
        try {
            proposal = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return request.data().read(sql -> visible(sql, request, proposal));
    }

    static Row require(Sql sql, ModuleRequest request) {
        UUID id = id(request.pathParameter("id"));
        return visible(sql, request, id).orElseThrow(() -> ModuleProblem.notFound("no proposal " + id + " here"));
    }

    /** The author's own proposal, for changes only the author may make. */
    static Row requireOwn(Sql sql, ModuleRequest request) {
        Row row = require(sql, request);
        if (!row.uuid("author_id").equals(request.participantId().orElse(null))) {
            throw ModuleProblem.forbidden("only its author may change a proposal");
        }
        return row;
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ModuleProblem.notFound("no proposal " + text + " here");
        }
    }

    /**
     * What pages and the API show of a proposal. The answer shows once published (evaluators also see
     * their draft); an assisted proposal names the place and person only as the author's consent allows.
     */
    static Map<String, Object> view(Row row, boolean staff) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.uuid("id").toString());
        view.put("reference", row.integer("reference"));
        view.put("title", row.string("title"));
        view.put("body", row.string("body"));
        view.put("author", row.time("author_deleted") != null ? "" : row.string("author_name"));
        view.put("authorId", row.uuid("author_id").toString());
        view.put("categoryId", row.uuid("category_id") == null ? "" : row.uuid("category_id").toString());
        view.put("category", translations(row.string("category_name")));
        view.put("scopeId", row.uuid("scope_id") == null ? "" : row.uuid("scope_id").toString());
        view.put("scope", translations(row.string("scope_name")));
        view.put("address", row.string("address") == null ? "" : row.string("address"));
        org.communa.module.api.data.Place place = org.communa.module.api.data.Place.of(row);
        if (place.onMap()) {
            view.put("latitude", place.latitude());
            view.put("longitude", place.longitude());
        }
        view.put("state", row.string("state"));
        boolean answerPublished = row.time("answer_published_at") != null;
        view.put("answerState", answerPublished || staff ? row.string("answer_state") : "not_answered");
        view.put("answerPublished", answerPublished);
        view.put("answer", answerPublished || staff ? nonNull(row.string("answer")) : "");
        BigDecimal cost = row.decimal("cost");
        view.put("cost", (answerPublished || staff) && cost != null ? cost.toPlainString() : "");
        view.put("costAmount", (answerPublished || staff) && cost != null ? cost : BigDecimal.ZERO);
        view.put("assistedPerson", nonNull(row.string("assisted_person")));
        view.put("assistedPlace", nonNull(row.string("assisted_place")));
        view.put("createdAt", row.time("created_at").toString());
        view.put("publishedAt", row.time("published_at") == null ? "" : row.time("published_at").toString());
        view.put("supports", row.integer("supports"));
        view.put("comments", row.integer("comments"));
        return view;
    }

    static Map<String, String> translations(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        ProposalJson.JSON.createReader(new java.io.StringReader(json)).readObject()
                .forEach((language, value) -> names.put(language, value instanceof jakarta.json.JsonString s ? s.getString() : value.toString()));
        return names;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static boolean staff(ModuleRequest request) {
        return request.services().can("answer");
    }

    /** The proposals of a list that have a position, for its map. */
    static String mapPoints(java.util.List<Row> rows) {
        return org.communa.module.api.data.Place.mapPoints(rows.stream().map(row -> new org.communa.module.api.data.Place.Point(
                row.string("title"), "proposals/" + row.uuid("id"), org.communa.module.api.data.Place.of(row))).toList());
    }
}
