package org.communa.modules.proposals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.ActivityMapping;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.http.ModuleRequest;

/**
 * A published proposal on the fediverse: a {@code Page} (as ARCHITECTURE.md maps proposals) with its
 * title, text, category and scope, and its answer once published. Drafts and hidden proposals are not public.
 */
final class ProposalActivity implements ActivityMapping {

    @Override
    public Optional<FederatedObject> object(ModuleRequest request, String type, String id) {
        return Proposals.asked(request, type, id).filter(row -> !"draft".equals(row.string("state")))
                .map(ProposalActivity::page);
    }

    private static FederatedObject page(Row row) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("communa:state", row.string("state"));
        if (row.time("answer_published_at") != null) {
            extra.put("communa:answer", row.string("answer_state"));
            if (row.decimal("cost") != null) {
                extra.put("communa:cost", row.decimal("cost"));
            }
        }
        Map<String, String> category = Proposals.translations(row.string("category_name"));
        if (!category.isEmpty()) {
            extra.put("communa:category", category.getOrDefault("fr", category.values().iterator().next()));
        }
        return new FederatedObject("Page", Map.of("fr", row.string("title")), FederatedObject.textAsHtml(row.string("body")),
                "proposals/" + row.uuid("id"), row.uuid("author_id"), row.time("published_at"), row.time("updated_at"), extra);
    }
}
