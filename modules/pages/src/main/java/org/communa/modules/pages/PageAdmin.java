package org.communa.modules.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The module's admin pages, which the host links from the space's admin page: the list of pages with
 * a form for a new one (GET admin), and a page's edit form (GET admin/pages/{slug}). Bodies are HTML,
 * sanitised on saving.
 */
final class PageAdmin implements RouteHandler {

    private final boolean editing;

    PageAdmin(boolean editing) {
        this.editing = editing;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("edit");
        if (!editing) {
            return ModuleResponse.view("admin/list", Map.of("pages", ListPages.titles(ListPages.all(request), request.locale())));
        }
        String slug = request.pathParameter("page");
        var row = request.data().read(sql -> sql.first("select " + PageJson.COLUMNS
                + " from pages_pages where component_id = ? and slug = ?", request.componentId(), slug))
                .orElseThrow(() -> ModuleProblem.notFound("no page " + slug + " in this component"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("position", String.valueOf(row.integer("position")));
        PageJson.parse(row.string("title")).forEach((language, text) -> fields.put("title." + language, PageJson.text(text)));
        PageJson.parse(row.string("body")).forEach((language, text) -> fields.put("body." + language, PageJson.text(text)));
        return editForm(request, fields, null);
    }

    /** The edit form, filled with these values, with the reason the last save was refused if any. */
    static ModuleResponse editForm(ModuleRequest request, Map<String, String> fields, String problem) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fields", fields);
        model.put("translations", List.of("fr", "en", "ca", "es"));
        model.put("existing", request.pathParameter("page") != null);
        model.put("action", request.pathParameter("page") == null ? "admin/pages" : "admin/pages/" + request.pathParameter("page"));
        if (problem != null) {
            model.put("problem", problem);
        }
        return ModuleResponse.view(problem == null ? 200 : 400, "admin/edit", model);
    }
}
