package org.communa.module.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.Route;
import org.junit.jupiter.api.Test;

/** The kit refuses a module whose routes do not describe themselves for /openapi, naming each fault, before any database work. */
class RouteDescriptionTest {

    @Test
    void aRouteWithoutADescriptionOrWithASchemaOpenApiDoesNotHaveFailsTheModulesTests() {
        ModuleManifest manifest = ModuleManifest.module("mute", "1.0.0").name("fr", "Muet").name("en", "Mute")
                .action("create", "participant")
                .route(Route.get("", r -> ModuleResponse.json(200, "{}")))
                .route(Route.post("things", r -> ModuleResponse.json(201, "{}")).describedAs("Add a thing").allowedTo("create")
                        .accepts("{\"type\": [\"object\", \"null\"]}"))
                .route(Route.get("things/{slug}", r -> ModuleResponse.json(200, "{}")).describedAs("A thing")
                        .returns(200, "application/json", "{\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^a\"}}"))
                .route(Route.put("things/{id}", r -> ModuleResponse.json(200, "{}")).describedAs("Change a thing").accepts("{not json"))
                .build();
        ParticipationModule mute = () -> manifest;
        assertThatThrownBy(() -> ModuleTestKit.start(mute))
                .hasMessageContaining("mute: GET (component index) has no description (Route.describedAs)")
                .hasMessageContaining("mute: POST things: the body it accepts has a type that is not one name")
                .hasMessageContaining("mute: GET things/{slug}: what it returns uses propertyNames")
                .hasMessageContaining("the path parameter {slug} is the host's")
                .hasMessageContaining("mute: PUT things/{id}: the body it accepts is not a JSON Schema object");
    }

    @Test
    void aRouteAllowedToAnUnknownActionIsAManifestThatContradictsItself() {
        assertThatThrownBy(() -> ModuleManifest.module("odd", "1.0.0").name("fr", "Bizarre").name("en", "Odd")
                .route(Route.get("", r -> ModuleResponse.json(200, "{}")).describedAs("Index").allowedTo("fly")).build())
                .hasMessageContaining("route GET  is allowed to fly, which is neither everyone, signed-in nor an action of the module");
        assertThat(Route.get("x", r -> null).describedAs("X").allowedTo(Route.SIGNED_IN).access()).contains("signed-in");
    }
}
