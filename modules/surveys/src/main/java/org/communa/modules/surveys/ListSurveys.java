package org.communa.modules.surveys;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET "": the component's open and closed surveys (drafts too for admins), open ones first, and which the participant answered. */
final class ListSurveys implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        boolean admin = request.services().can("administer");
        return request.data().read(sql -> {
            var rows = sql.query("select * from (select " + Surveys.COLUMNS + " from surveys_surveys s where s.component_id = ?) s "
                    + (admin ? "" : "where s.state <> 'draft' ") + "order by case s.state when 'open' then 0 when 'draft' then 1 else 2 end, s.created_at desc "
                    + "limit 500", request.componentId());
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
                return ModuleResponse.view("list", model);
            }
            var items = Surveys.JSON.createArrayBuilder();
            rows.forEach(row -> items.add(Surveys.json(row).remove("questionnaire").add("answered", answered.contains(row.uuid("id").toString()))));
            return ModuleResponse.json(200, Surveys.JSON.createObjectBuilder().add("items", items).build().toString());
        });
    }
}
