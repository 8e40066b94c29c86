package org.communa.modules.surveys;

import java.util.HashMap;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET admin: the admins' list of the component's surveys, with their state and answers, and the form to start one. */
final class AdminPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return page(request, null);
    }

    static ModuleResponse page(ModuleRequest request, ModuleProblem problem) {
        var surveys = request.data().read(sql -> sql.query("select " + Surveys.COLUMNS + " from surveys_surveys s where s.component_id = ? "
                + "order by s.created_at desc limit 500", request.componentId())).stream().map(Surveys::view).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("surveys", surveys);
        model.put("timeZone", request.services().timeZone().getId());
        model.put("scopes", request.data().read(org.communa.module.api.data.Scopes::all));
        return FormStep.page(request, "admin", model, problem);
    }
}
