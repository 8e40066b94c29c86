package org.communa.modules.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * GET admin: the admins' page of the component: its meetings with their registrations, a form to add one
 * (dates and times typed in the organisation's time zone), and a cancel button for each.
 */
final class AdminPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return page(request, null);
    }

    static ModuleResponse page(ModuleRequest request, ModuleProblem problem) {
        var meetings = request.data().read(sql -> sql.query("select " + Meetings.COLUMNS + " from meetings_meetings m "
                + "where m.component_id = ? order by m.starts_at desc limit 500", request.componentId())).stream().map(Meetings::view).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("meetings", meetings);
        model.put("timeZone", request.services().timeZone().getId());
        model.put("scopes", request.data().read(org.communa.module.api.data.Scopes::all));
        return FormStep.page(request, "admin", model, problem);
    }

    /** The page's form as the API's JSON: local dates and times read in the organisation's time zone. */
    static JsonObject asJson(Map<String, String> form, ZoneId zone) {
        JsonObjectBuilder json = Meetings.JSON.createObjectBuilder();
        for (String field : new String[] {"title", "description", "kind", "address", "latitude", "longitude", "accessibility", "onlineUrl", "scopeId"}) {
            String value = form.getOrDefault(field, "").strip();
            if (!value.isEmpty()) {
                json.add(field, value);
            }
        }
        for (String field : new String[] {"startsAt", "endsAt"}) {
            String value = form.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                json.add(field, LocalDateTime.parse(value).atZone(zone).toOffsetDateTime().toString());
            } catch (DateTimeParseException e) {
                throw ModuleProblem.badRequest(field + " must be a date and time, got: " + value);
            }
        }
        String capacity = form.getOrDefault("capacity", "").strip();
        if (!capacity.isEmpty()) {
            try {
                json.add("capacity", Long.parseLong(capacity));
            } catch (NumberFormatException e) {
                throw ModuleProblem.badRequest("capacity must be a whole number of places, got: " + capacity);
            }
        }
        return json.build();
    }
}
