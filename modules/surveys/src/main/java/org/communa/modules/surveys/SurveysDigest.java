package org.communa.modules.surveys;

import org.communa.module.api.ComponentDigest;
import org.communa.module.api.http.ModuleRequest;

/** On the space's page: the surveys open now, those closing first at the top. */
final class SurveysDigest implements ComponentDigest.Provider {

    @Override
    public ComponentDigest digest(ModuleRequest request) {
        return new ComponentDigest(request.data().read(sql -> sql.query("select id, title, closes_at from surveys_surveys where component_id = ? "
                + "and state = 'open' and (closes_at is null or closes_at > now()) order by closes_at nulls last, created_at desc limit 3",
                request.componentId())).stream().map(row -> new ComponentDigest.Item(row.string("title"), "surveys/" + row.uuid("id"),
                        row.time("closes_at") == null ? null : row.time("closes_at").toString(), "open")).toList());
    }
}
