package org.communa.modules.pages;

import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** A new page, or a page's new content (its slug may change), from the JSON API or an admin page's form; admins only. */
final class SavePage implements RouteHandler {

    private final boolean existing;

    SavePage(boolean existing) {
        this.existing = existing;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("edit");
        if (request.wantsPage()) {
            try {
                save(request, PageInput.fromForm(request.form(), request.services()::sanitizeHtml));
                return ModuleResponse.redirect("admin");
            } catch (ModuleProblem | org.communa.module.api.data.DataConflictException refused) {
                return PageAdmin.editForm(request, request.form(), refused.getMessage());
            }
        }
        return save(request, PageInput.parse(request.body(), request.services()::sanitizeHtml));
    }

    private ModuleResponse save(ModuleRequest request, PageInput page) {
        Row saved = request.data().write(sql -> {
            if (existing) {
                int updated = sql.update("update pages_pages set slug = ?, title = ?::jsonb, body = ?::jsonb, position = ?, "
                        + "updated_at = now() where component_id = ? and slug = ?", page.slug(), page.titles(), page.bodies(),
                        page.position(), request.componentId(), request.pathParameter("page"));
                if (updated == 0) {
                    throw ModuleProblem.notFound("no page " + request.pathParameter("page") + " in this component");
                }
                sql.recordAction("update", "page", page.slug());
            } else {
                sql.update("insert into pages_pages (id, component_id, slug, title, body, position) values (?, ?, ?, ?::jsonb, ?::jsonb, ?)",
                        UUID.randomUUID(), request.componentId(), page.slug(), page.titles(), page.bodies(), page.position());
                sql.recordAction("create", "page", page.slug());
            }
            return sql.first("select " + PageJson.COLUMNS + " from pages_pages where component_id = ? and slug = ?",
                    request.componentId(), page.slug()).orElseThrow();
        });
        PageIndex.index(request.services().participation().search(), saved);
        return ModuleResponse.json(existing ? 200 : 201, PageJson.full(saved, request.locale()).toString());
    }
}
