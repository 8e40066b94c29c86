package org.communa.modules.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Scopes;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * GET "": the component's open and closed surveys (drafts too for admins), open ones first, and which the
 * participant answered; ?state=open|closed, ?scope=ID (a campus and what is under it) and ?from=DAY&to=DAY (open at some
 * time between those days, in the organisation's time zone) narrow the list.
 */
final class ListSurveys implements RouteHandler {


    @Override
    public ModuleResponse handle(ModuleRequest request) {
        boolean admin = request.services().can("administer");
        String state = request.query().getOrDefault("state", "");
        if (!state.isEmpty() && !state.equals("open") && !state.equals("closed")) {
            throw ModuleProblem.badRequest("state must be open or closed, got: " + state);
        }
        String scope = request.query().getOrDefault("scope", "");
        List<Object> parameters = new ArrayList<>(List.of(request.componentId()));
        StringBuilder where = new StringBuilder(admin ? "true" : "s.state <> 'draft'");
        if (!state.isEmpty()) {
            where.append(" and s.state = ?");
            parameters.add(state);
        }
        request.idQuery("scope").ifPresent(id -> {
            where.append(" and ").append(Scopes.within("s.scope_id"));
            parameters.add(id);
        });
        var zone = request.services().timeZone();
        request.dayQuery("from").ifPresent(from -> {
            where.append(" and s.opened_at is not null and (s.closes_at is null or s.closes_at >= ?)");
            parameters.add(from.atStartOfDay(zone).toOffsetDateTime());
        });
        request.dayQuery("to").ifPresent(to -> {
            where.append(" and s.opened_at < ?");
            parameters.add(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        });
        return request.data().read(sql -> {
            var rows = sql.query("select * from (select " + Surveys.COLUMNS + " from surveys_surveys s where s.component_id = ?) s where " + where
                    + " order by case s.state when 'open' then 0 when 'draft' then 1 else 2 end, s.created_at desc limit 500", parameters.toArray());
            Set<String> answered = request.participantId().map(participant -> sql.query("select r.survey_id from surveys_respondents r "
                    + "join surveys_surveys s on s.id = r.survey_id where s.component_id = ? and r.participant_id = ?", request.componentId(), participant)
                    .stream().map(row -> row.uuid("survey_id").toString()).collect(Collectors.toSet())).orElse(Set.of());
            if (request.wantsPage()) {
                Map<String, Object> model = new HashMap<>();
                model.put("surveys", rows.stream().map(row -> {
                    Map<String, Object> view = Surveys.view(row);
                    view.put("answered", answered.contains(view.get("id")));
                    return view;
                }).toList());
                model.put("admin", admin);
                model.put("filter", Map.of("state", state, "scope", scope, "from", request.query().getOrDefault("from", ""),
                        "to", request.query().getOrDefault("to", "")));
                model.put("scopes", Scopes.all(sql));
                return ModuleResponse.view("list", model);
            }
            var items = Surveys.JSON.createArrayBuilder();
            rows.forEach(row -> items.add(Surveys.json(row).remove("questionnaire").add("answered", answered.contains(row.uuid("id").toString()))));
            return ModuleResponse.json(200, Surveys.JSON.createObjectBuilder().add("items", items).build().toString());
        });
    }
}
