package org.communa.modules.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Scopes;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * GET ?when=upcoming (default) or past, &kind=in_person|online|hybrid, &scope=ID (a campus and its buildings),
 * &from=DATE, &to=DATE (days in the organisation's time zone): the component's meetings, soonest first
 * (latest first for past ones). A filter that makes no sense is a 400 saying why.
 */
final class ListMeetings implements RouteHandler {

    private static final Set<String> KINDS = Set.of("in_person", "online", "hybrid");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        Map<String, String> query = request.query();
        boolean past = "past".equals(query.get("when"));
        StringBuilder where = new StringBuilder("m.component_id = ? and " + (past ? "m.ends_at <= now()" : "m.ends_at > now()"));
        List<Object> parameters = new ArrayList<>(List.of(request.componentId()));
        String kind = query.getOrDefault("kind", "");
        if (!kind.isEmpty()) {
            if (!KINDS.contains(kind)) {
                throw ModuleProblem.badRequest("kind must be one of " + KINDS + ", got: " + kind);
            }
            where.append(" and m.kind = ?");
            parameters.add(kind);
        }
        String scope = query.getOrDefault("scope", "");
        request.idQuery("scope").ifPresent(id -> {
            where.append(" and ").append(Scopes.within("m.scope_id"));
            parameters.add(id);
        });
        request.dayQuery("from").ifPresent(from -> {
            where.append(" and m.ends_at >= ?");
            parameters.add(from.atStartOfDay(request.services().timeZone()).toOffsetDateTime());
        });
        request.dayQuery("to").ifPresent(to -> {
            where.append(" and m.starts_at < ?");
            parameters.add(to.plusDays(1).atStartOfDay(request.services().timeZone()).toOffsetDateTime());
        });
        var rows = request.data().read(sql -> sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m where " + where
                + (past ? " order by m.starts_at desc" : " order by m.starts_at") + " limit 500", parameters.toArray()));
        if (request.wantsPage()) {
            Map<String, Object> model = new HashMap<>();
            model.put("meetings", rows.stream().map(Meetings::view).toList());
            model.put("mapPoints", Meetings.mapPoints(rows));
            model.put("past", past);
            model.put("spaceSlug", request.spaceSlug());
            model.put("filter", Map.of("kind", kind, "scope", scope, "from", query.getOrDefault("from", ""), "to", query.getOrDefault("to", "")));
            model.put("scopes", request.data().read(Scopes::all));
            return ModuleResponse.view("list", model);
        }
        var items = Meetings.JSON.createArrayBuilder();
        rows.forEach(row -> items.add(Meetings.json(row)));
        return ModuleResponse.json(200, Meetings.JSON.createObjectBuilder().add("items", items).build().toString());
    }
}
