package org.communa.modules.pages;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The pages module: content pages inside a space. This first version declares itself and answers its
 * component's index; page storage and editing arrive with the module host's component support.
 */
@Component(service = ParticipationModule.class)
public class PagesModule implements ParticipationModule {

    static final ModuleManifest MANIFEST = ModuleManifest.module("pages", "1.0.0")
            .name("fr", "Pages").name("en", "Pages").name("ca", "Pàgines").name("es", "Páginas")
            .resourceType("page")
            .action("edit", "admin")
            .globalSetting(SettingDefinition.bool("show_table_of_contents", true))
            .route(Route.get("", request -> ModuleResponse.json(200,
                    "{\"module\":\"pages\",\"component\":\"" + request.componentId() + "\",\"pages\":[]}")))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
