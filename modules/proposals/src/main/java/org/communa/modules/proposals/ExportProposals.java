package org.communa.modules.proposals;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.Csv;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Open data: the component's published proposals and their comments, as CSV or JSON, without personal
 * data (no names, no accounts, no assisted persons). Hidden content is left out; only published
 * answers are included.
 */
final class ExportProposals implements RouteHandler {

    static final List<String> COLUMNS = List.of("reference", "title", "body", "category", "scope", "state", "answer_state", "answer",
            "cost", "published_at", "supports", "comments");
    private final boolean csv;

    ExportProposals(boolean csv) {
        this.csv = csv;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        List<Row> proposals = request.data().read(sql -> sql.query("""
                select p.reference, p.title, p.body, c.name->>'fr' as category, s.name->>'fr' as scope, p.state,
                       case when p.answer_published_at is null then 'not_answered' else p.answer_state end as answer_state,
                       case when p.answer_published_at is null then null else p.answer end as answer,
                       case when p.answer_published_at is null then null else p.cost end as cost,
                       p.published_at, coalesce(r.supports, 0) as supports, coalesce(r.comments, 0) as comments
                  from proposals_proposals p
                  left join sdk_categories c on c.id = p.category_id
                  left join sdk_scopes s on s.id = p.scope_id
                  left join sdk_resource_stats r on r.component_id = p.component_id and r.resource_type = 'proposal' and r.resource_id = p.id::text
                 where p.component_id = ? and p.state <> 'draft' and r.hidden_at is null
                 order by p.reference""", request.componentId()));
        List<Row> comments = request.data().read(sql -> sql.query("""
                select m.id, p.reference as proposal, m.parent_id, m.body, m.alignment, m.up_votes, m.down_votes, m.created_at
                  from sdk_comments m join proposals_proposals p on p.id::text = m.resource_id and p.component_id = m.component_id
                  left join sdk_resource_stats r on r.component_id = m.component_id and r.resource_type = 'comment' and r.resource_id = m.id::text
                  left join sdk_resource_stats rp on rp.component_id = p.component_id and rp.resource_type = 'proposal' and rp.resource_id = p.id::text
                 where m.component_id = ? and m.resource_type = 'proposal' and m.deleted_at is null and r.hidden_at is null
                   and rp.hidden_at is null and p.state <> 'draft'
                 order by p.reference, m.created_at""", request.componentId()));
        if (csv) {
            return ModuleResponse.download("text/csv", "proposals.csv", Csv.table(COLUMNS, proposals.stream().map(row -> COLUMNS.stream().map(row::get).toList()).toList()));
        }
        JsonArrayBuilder items = ProposalJson.JSON.createArrayBuilder();
        proposals.forEach(row -> items.add(json(row)));
        JsonArrayBuilder replies = ProposalJson.JSON.createArrayBuilder();
        comments.forEach(row -> replies.add(json(row)));
        return ModuleResponse.download("application/json", "proposals.json",
                ProposalJson.JSON.createObjectBuilder().add("proposals", items).add("comments", replies).build().toString());
    }

    private static JsonObjectBuilder json(Row row) {
        JsonObjectBuilder json = ProposalJson.JSON.createObjectBuilder();
        for (Map.Entry<String, Object> column : row.values().entrySet()) {
            Object value = column.getValue();
            if (value == null) {
                json.addNull(column.getKey());
            } else if (value instanceof Number number) {
                json.add(column.getKey(), new java.math.BigDecimal(number.toString()));
            } else {
                json.add(column.getKey(), value.toString());
            }
        }
        return json;
    }
}
