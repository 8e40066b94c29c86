package org.communa.modules.pages;

import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET one page, with its sanitised body: a page in the organisation's layout, or JSON. */
final class ShowPage implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        String slug = request.pathParameter("page");
        Row row = request.data().read(sql -> sql.first("select " + PageJson.COLUMNS
                + " from pages_pages where component_id = ? and slug = ?", request.componentId(), slug))
                .orElseThrow(() -> ModuleProblem.notFound("no page " + slug + " in this component"));
        if (!request.wantsPage()) {
            return ModuleResponse.json(200, PageJson.full(row, request.locale()).toString());
        }
        var others = ListPages.titles(ListPages.all(request), request.locale()).stream()
                .filter(other -> !slug.equals(other.get("slug"))).toList();
        var bodies = PageJson.parse(row.string("body"));
        String language = PageJson.languageShown(bodies, request.locale());
        return ModuleResponse.view("page", Map.of(
                "page", Map.of("slug", slug, "title", PageJson.inLocale(PageJson.parse(row.string("title")), request.locale()),
                        "body", PageJson.inLocale(bodies, request.locale()),
                        "language", language == null ? request.locale() : language),
                "others", others, "tableOfContents", request.settings().bool("show_table_of_contents")));
    }
}
