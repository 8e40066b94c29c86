package org.communa.modules.proposals;

import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;

/**
 * What search and the fediverse know of a proposal: its title and body, findable while it is published;
 * every change is also offered to the fediverse (the host sends what the public now sees).
 */
final class ProposalIndex {

    private ProposalIndex() {
    }

    static void index(ModuleRequest request, Row row) {
        String id = row.uuid("id").toString();
        request.services().participation().search().index(ProposalsModule.TYPE, id, row.string("title"), row.string("body"),
                "proposals/" + id, "published".equals(row.string("state")));
        request.services().federate(ProposalsModule.TYPE, id);
    }
}
