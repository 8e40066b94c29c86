package org.communa.modules.pages;

import jakarta.json.JsonArrayBuilder;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET the component's pages in order, titles only. */
final class ListPages implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        JsonArrayBuilder pages = PageJson.JSON.createArrayBuilder();
        request.data().read(sql -> sql.query("select " + PageJson.COLUMNS
                + " from pages_pages where component_id = ? order by position, slug", request.componentId()))
                .forEach(row -> pages.add(PageJson.summary(row, request.locale())));
        return ModuleResponse.json(200, PageJson.JSON.createObjectBuilder()
                .add("component", request.componentId().toString())
                .add("tableOfContents", request.settings().bool("show_table_of_contents"))
                .add("pages", pages).build().toString());
    }
}
