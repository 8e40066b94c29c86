package org.communa.modules.pages;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The pages module: content pages inside a space (a process's rules, a budget's FAQ, a campus's
 * practical information), written by admins in each language, shown to everyone. The smallest real
 * module, and the example the module template starts from.
 */
@Component(service = ParticipationModule.class)
public class PagesModule implements ParticipationModule {

    static final ModuleManifest MANIFEST = ModuleManifest.module("pages", "1.0.0")
            .name("fr", "Pages").name("en", "Pages").name("ca", "Pàgines").name("es", "Páginas")
            .resourceType("page")
            .action("edit", "admin")
            .globalSetting(SettingDefinition.bool("show_table_of_contents", true))
            .migrations("db/pages")
            .demoSeed(new DemoPages())
            .route(Route.get("", new ListPages()).describedAs("The component's pages, in order")
                    .returns(200, "application/json", PageJson.LIST_SCHEMA))
            .route(Route.get("pages/{page}", new ShowPage()).describedAs("A page, its rich text sanitised")
                    .returns(200, "application/json", PageJson.SCHEMA))
            .route(Route.post("pages", new SavePage(false)).describedAs("Create a page").allowedTo("edit")
                    .accepts(PageJson.INPUT_SCHEMA).returns(201, "application/json", PageJson.SCHEMA))
            .route(Route.put("pages/{page}", new SavePage(true)).describedAs("Change a page (its slug too)").allowedTo("edit")
                    .accepts(PageJson.INPUT_SCHEMA).returns(200, "application/json", PageJson.SCHEMA))
            .route(Route.delete("pages/{page}", new DeletePage()).describedAs("Delete a page").allowedTo("edit")
                    .returns(200, "application/json", """
                    {"type": "object", "properties": {"deleted": {"type": "string", "description": "the page's slug"}}}"""))
            .route(Route.get("admin", new PageAdmin(false)).describedAs("The pages' admin page (HTML)").allowedTo("edit")
                    .returns(200, "text/html", null))
            .route(Route.get("admin/new", request -> {
                request.require("edit");
                return PageAdmin.editForm(request, java.util.Map.of("position", "1"), null);
            }).describedAs("The form of a new page (HTML)").allowedTo("edit").returns(200, "text/html", null))
            .route(Route.post("admin/pages", new SavePage(false)).describedAs("Create a page from the admin form").allowedTo("edit")
                    .accepts("application/x-www-form-urlencoded", PageJson.FORM_SCHEMA).returns(303, "text/html", null))
            .route(Route.get("admin/pages/{page}", new PageAdmin(true)).describedAs("The form of a page (HTML)").allowedTo("edit")
                    .returns(200, "text/html", null))
            .route(Route.post("admin/pages/{page}", new SavePage(true)).describedAs("Change a page from the admin form").allowedTo("edit")
                    .accepts("application/x-www-form-urlencoded", PageJson.FORM_SCHEMA).returns(303, "text/html", null))
            .route(Route.post("admin/pages/{page}/delete", new DeletePage()).describedAs("Delete a page from the admin page")
                    .allowedTo("edit").returns(303, "text/html", null))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
