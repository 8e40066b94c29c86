package org.communa.modules.template;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.PersonalData;
import org.communa.module.api.data.RowsJson;
import org.communa.module.api.data.Sql;

/** The items a participant posted: in "download my data", and gone with their account. */
final class ItemsPersonalData implements PersonalData {

    @Override
    public JsonValue export(Sql sql, UUID participantId) {
        return RowsJson.array(sql.query("select id, component_id, body, created_at from template_items where author_id = ? "
                + "order by created_at", participantId));
    }

    @Override
    public void forget(Sql sql, UUID participantId) {
        sql.update("delete from template_items where author_id = ?", participantId);
    }
}
