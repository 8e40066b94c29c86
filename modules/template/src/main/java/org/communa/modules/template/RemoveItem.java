package org.communa.modules.template;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** DELETE an item; moderators (and admins) only. */
final class RemoveItem implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("remove");
        UUID id;
        try {
            id = UUID.fromString(request.pathParameter("id"));
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.notFound("no item " + request.pathParameter("id"));
        }
        int removed = request.data().write(sql -> {
            int rows = sql.update("delete from template_items where component_id = ? and id = ?", request.componentId(), id);
            if (rows > 0) {
                sql.recordAction("remove", "item", id.toString());
            }
            return rows;
        });
        if (removed == 0) {
            throw ModuleProblem.notFound("no item " + id + " in this component");
        }
        return ModuleResponse.json(200, "{\"removed\":\"" + id + "\"}");
    }
}
