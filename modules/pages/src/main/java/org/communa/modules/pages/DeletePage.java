package org.communa.modules.pages;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** DELETE a page; admins only. */
final class DeletePage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("edit");
        String slug = request.pathParameter("page");
        int deleted = request.data().write(sql -> {
            int rows = sql.update("delete from pages_pages where component_id = ? and slug = ?", request.componentId(), slug);
            if (rows > 0) {
                sql.recordAction("delete", "page", slug);
            }
            return rows;
        });
        if (deleted == 0) {
            throw ModuleProblem.notFound("no page " + slug + " in this component");
        }
        if (request.wantsPage()) {
            return ModuleResponse.redirect("admin");
        }
        return ModuleResponse.json(200, "{\"deleted\":\"" + slug + "\"}");
    }
}
