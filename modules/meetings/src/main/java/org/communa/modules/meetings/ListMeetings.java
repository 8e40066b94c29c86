package org.communa.modules.meetings;

import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET ?when=upcoming (default) or past: the component's meetings, soonest first (latest first for past ones). */
final class ListMeetings implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        boolean past = "past".equals(request.query().get("when"));
        var rows = request.data().read(sql -> sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m where m.component_id = ? and "
                + (past ? "m.ends_at <= now() order by m.starts_at desc" : "m.ends_at > now() order by m.starts_at") + " limit 500",
                request.componentId()));
        if (request.wantsPage()) {
            return ModuleResponse.view("list", java.util.Map.of("meetings", rows.stream().map(row -> Meetings.view(row)).toList(),
                    "past", past, "spaceSlug", request.spaceSlug()));
        }
        var items = Meetings.JSON.createArrayBuilder();
        rows.forEach(row -> items.add(Meetings.json(row)));
        return ModuleResponse.json(200, Meetings.JSON.createObjectBuilder().add("items", items).build().toString());
    }
}
