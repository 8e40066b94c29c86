package org.communa.modules.pages;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** POST a new page, or PUT a page's new content (its slug may change); admins only. */
final class SavePage implements RouteHandler {

    private final boolean existing;

    SavePage(boolean existing) {
        this.existing = existing;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("edit");
        PageInput page = PageInput.parse(request.body(), request.services()::sanitizeHtml);
        return request.data().write(sql -> {
            if (existing) {
                int updated = sql.update("update pages_pages set slug = ?, title = ?::jsonb, body = ?::jsonb, position = ?, "
                        + "updated_at = now() where component_id = ? and slug = ?", page.slug(), page.titles(), page.bodies(),
                        page.position(), request.componentId(), request.pathParameter("slug"));
                if (updated == 0) {
                    throw ModuleProblem.notFound("no page " + request.pathParameter("slug") + " in this component");
                }
                sql.recordAction("update", "page", page.slug());
            } else {
                sql.update("insert into pages_pages (id, component_id, slug, title, body, position) values (?, ?, ?, ?::jsonb, ?::jsonb, ?)",
                        UUID.randomUUID(), request.componentId(), page.slug(), page.titles(), page.bodies(), page.position());
                sql.recordAction("create", "page", page.slug());
            }
            var saved = sql.first("select " + PageJson.COLUMNS + " from pages_pages where component_id = ? and slug = ?",
                    request.componentId(), page.slug()).orElseThrow();
            return ModuleResponse.json(existing ? 200 : 201, PageJson.full(saved, request.locale()).toString());
        });
    }
}
