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
            .route(Route.get("", new ListItems()).describedAs("The component's items, newest first, and whether new ones are accepted")
                    .returns(200, "application/json", ItemJson.LIST_SCHEMA))
            .route(Route.post("items", new CreateItem()).describedAs("Add an item (its words are counted by a job)")
                    .allowedTo("create").accepts("""
                    {"type": "object", "required": ["body"], "properties": {"body": {"type": "string", "minLength": 1, "maxLength": 2000}}}""")
                    .returns(201, "application/json", ItemJson.SCHEMA))
            .route(Route.delete("items/{id}", new RemoveItem()).describedAs("Remove an item").allowedTo("remove"))
            .job(CountWords.JOB, new CountWords())
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
