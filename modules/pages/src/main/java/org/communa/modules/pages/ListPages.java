package org.communa.modules.pages;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** GET the component's pages in order, titles only: a page listing them, or JSON. */
final class ListPages implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        List<Row> rows = all(request);
        if (request.wantsPage()) {
            return ModuleResponse.view("list", Map.of("pages", titles(rows, request.locale()),
                    "tableOfContents", request.settings().bool("show_table_of_contents")));
        }
        JsonArrayBuilder pages = PageJson.JSON.createArrayBuilder();
        rows.forEach(row -> pages.add(PageJson.summary(row, request.locale())));
        return ModuleResponse.json(200, PageJson.JSON.createObjectBuilder()
                .add("component", request.componentId().toString())
                .add("tableOfContents", request.settings().bool("show_table_of_contents"))
                .add("pages", pages).build().toString());
    }

    static List<Row> all(ModuleRequest request) {
        return request.data().read(sql -> sql.query("select " + PageJson.COLUMNS
                + " from pages_pages where component_id = ? order by position, slug", request.componentId()));
    }

    /** Slug and title in the reader's language, for templates. */
    static List<Map<String, Object>> titles(List<Row> rows, String locale) {
        return rows.stream().map(row -> Map.<String, Object>of("slug", row.string("slug"),
                "title", PageJson.inLocale(PageJson.parse(row.string("title")), locale))).toList();
    }
}
