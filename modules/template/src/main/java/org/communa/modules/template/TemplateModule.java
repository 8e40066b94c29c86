package org.communa.modules.template;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * A module template: participants post short items in a component while the phase allows it, and
 * moderators remove them. `./communa new-module KEY` copies it under a new key; replace the items with
 * what your module does, keeping the shape: one manifest, one class per route, SQL in migrations.
 */
@Component(service = ParticipationModule.class)
public class TemplateModule implements ParticipationModule {

    static final ModuleManifest MANIFEST = ModuleManifest.module("template", "1.0.0")
            .name("fr", "Modèle de module").name("en", "Module template")
            .name("ca", "Plantilla de mòdul").name("es", "Plantilla de módulo")
            .resourceType("item")
            .action("create", "participant")
            .action("remove", "moderator")
            .globalSetting(SettingDefinition.integer("max_items_per_participant", 10, 1, 1000))
            .phaseSetting(SettingDefinition.bool("creation_enabled", false))
            .migrations("db/template")
            .personalData(new ItemsPersonalData())
            .route(Route.get("", new ListItems()))
            .route(Route.post("items", new CreateItem()))
            .route(Route.delete("items/{id}", new RemoveItem()))
            .job(CountWords.JOB, new CountWords())
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
