package org.communa.modules.pages;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.module.api.participation.Search;

/**
 * What the organisation's search knows of a page: its title as French readers see it, and every language's
 * title and text, so that a page is found in whichever language it is searched. Pages are public once their
 * component is (the host keeps unpublished components out of results).
 */
final class PageIndex {

    static final String TYPE = "page";

    private PageIndex() {
    }

    static void index(Search search, Row row) {
        JsonObject titles = PageJson.parse(row.string("title"));
        JsonObject bodies = PageJson.parse(row.string("body"));
        StringBuilder text = new StringBuilder();
        titles.values().forEach(title -> text.append(PageJson.text(title)).append('\n'));
        bodies.values().forEach(body -> text.append(PageJson.text(body)).append('\n'));
        search.index(TYPE, row.uuid("id").toString(), PageJson.inLocale(titles, "fr"), text.toString(),
                "pages/" + row.string("slug"), true);
    }

    /** Every page of the component, again (the demo's start, after its pages are in place). */
    static void indexAll(ModuleData data, UUID componentId, Search search) {
        data.read(sql -> sql.query("select " + PageJson.COLUMNS + " from pages_pages where component_id = ?", componentId))
                .forEach(row -> index(search, row));
    }
}
