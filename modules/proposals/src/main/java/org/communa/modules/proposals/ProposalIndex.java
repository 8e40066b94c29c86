package org.communa.modules.proposals;

import org.communa.module.api.data.Row;
import org.communa.module.api.participation.Participation;

/** What search knows of a proposal: its title and body, findable while it is published. */
final class ProposalIndex {

    private ProposalIndex() {
    }

    static void index(Participation participation, Row row) {
        String id = row.uuid("id").toString();
        participation.search().index(ProposalsModule.TYPE, id, row.string("title"), row.string("body"), "proposals/" + id,
                "published".equals(row.string("state")));
    }
}
