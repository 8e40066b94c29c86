package org.communa.modules.template;

import jakarta.json.JsonArrayBuilder;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET the component's items, newest first, and whether the current phase accepts new ones. */
final class ListItems implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        JsonArrayBuilder items = ItemJson.JSON.createArrayBuilder();
        request.data().read(sql -> sql.query("select " + ItemJson.COLUMNS
                + " from template_items where component_id = ? order by created_at desc limit 200", request.componentId()))
                .forEach(row -> items.add(ItemJson.of(row)));
        return ModuleResponse.json(200, ItemJson.JSON.createObjectBuilder()
                .add("creationEnabled", request.settings().bool("creation_enabled"))
                .add("items", items).build().toString());
    }
}
