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
            .route(Route.get("", new ListPages()))
            .route(Route.get("pages/{slug}", new ShowPage()))
            .route(Route.post("pages", new SavePage(false)))
            .route(Route.put("pages/{slug}", new SavePage(true)))
            .route(Route.delete("pages/{slug}", new DeletePage()))
            .route(Route.get("admin", new PageAdmin(false)))
            .route(Route.get("admin/new", request -> {
                request.require("edit");
                return PageAdmin.editForm(request, java.util.Map.of("position", "1"), null);
            }))
            .route(Route.post("admin/pages", new SavePage(false)))
            .route(Route.get("admin/pages/{slug}", new PageAdmin(true)))
            .route(Route.post("admin/pages/{slug}", new SavePage(true)))
            .route(Route.post("admin/pages/{slug}/delete", new DeletePage()))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
