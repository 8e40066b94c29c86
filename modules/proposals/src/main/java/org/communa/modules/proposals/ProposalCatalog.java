package org.communa.modules.proposals;

import java.util.Map;
import java.util.Optional;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.ResourceCatalog;
import org.communa.module.api.participation.ResourceInfo;

/**
 * Tells the host about a proposal before it records a support, comment, follow or report: only
 * published proposals take supports and comments; a rejected one takes no more supports.
 */
final class ProposalCatalog implements ResourceCatalog {

    @Override
    public Optional<ResourceInfo> find(ModuleRequest request, String type, String id) {
        return Proposals.asked(request, type, id).map(r -> {
            boolean published = "published".equals(r.string("state"));
            boolean rejected = r.time("answer_published_at") != null && "rejected".equals(r.string("answer_state"));
            return new ResourceInfo(type, id, Map.of("fr", r.string("title")), "proposals/" + id, r.uuid("author_id"),
                    published && !rejected, published, (int) request.settings().integer("support_limit"));
        });
    }
}
