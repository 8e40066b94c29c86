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
        String deleted = request.data().write(sql -> {
            var page = sql.first("select id from pages_pages where component_id = ? and slug = ?", request.componentId(), slug)
                    .orElseThrow(() -> ModuleProblem.notFound("no page " + slug + " in this component"));
            sql.update("delete from pages_pages where id = ?", page.uuid("id"));
            sql.recordAction("delete", "page", slug);
            return page.uuid("id").toString();
        });
        request.services().participation().search().remove(PageIndex.TYPE, deleted);
        if (request.wantsPage()) {
            return ModuleResponse.redirect("admin");
        }
        return ModuleResponse.json(200, "{\"deleted\":\"" + slug + "\"}");
    }
}
