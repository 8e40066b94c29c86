package org.communa.modules.proposals;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.PersonalData;
import org.communa.module.api.data.RowsJson;
import org.communa.module.api.data.Sql;

/**
 * The proposals a participant wrote (drafts included). Erasure deletes the drafts nobody else saw; published
 * proposals stay, others supported and commented them, under the host's "deleted participant".
 */
final class ProposalPersonalData implements PersonalData {

    @Override
    public JsonValue export(Sql sql, UUID participantId) {
        return RowsJson.array(sql.query("""
                select id, component_id, reference, title, body, state, address, created_at, published_at, withdrawn_at
                  from proposals_proposals where author_id = ? order by created_at""", participantId));
    }

    @Override
    public void forget(Sql sql, UUID participantId) {
        sql.update("delete from proposals_proposals where author_id = ? and state = 'draft'", participantId);
    }
}
