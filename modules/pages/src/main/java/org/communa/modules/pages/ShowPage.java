package org.communa.modules.pages;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET one page, with its sanitised body. */
final class ShowPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        String slug = request.pathParameter("slug");
        return request.data().read(sql -> sql.first("select " + PageJson.COLUMNS
                + " from pages_pages where component_id = ? and slug = ?", request.componentId(), slug))
                .map(row -> ModuleResponse.json(200, PageJson.full(row, request.locale()).toString()))
                .orElseThrow(() -> ModuleProblem.notFound("no page " + slug + " in this component"));
    }
}
