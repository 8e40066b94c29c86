package org.communa.module.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.Route;
import org.communa.module.api.http.RouteTable;
import org.communa.module.api.settings.InvalidSettingException;
import org.communa.module.api.settings.SettingDefinition;
import org.communa.module.api.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdkTest {

    static final List<SettingDefinition> PROPOSAL_SETTINGS = List.of(
            SettingDefinition.bool("creation_enabled", false),
            SettingDefinition.integer("vote_limit", 0, 0, 100),
            SettingDefinition.text("announcement", "", 500),
            SettingDefinition.choice("order", "random", List.of("random", "recent", "most_supported")));

    @Test
    void settingsTakeDefaultsAndValidatedValues() {
        Settings settings = Settings.validate(PROPOSAL_SETTINGS, Map.of("creation_enabled", true, "vote_limit", 5));
        assertThat(settings.bool("creation_enabled")).isTrue();
        assertThat(settings.integer("vote_limit")).isEqualTo(5);
        assertThat(settings.text("order")).isEqualTo("random");
        assertThat(Settings.defaults(PROPOSAL_SETTINGS).bool("creation_enabled")).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "creation_enabled | yes        | true or false",
        "vote_limit       | 101        | between 0 and 100",
        "vote_limit       | 2.5        | whole number",
        "order            | alphabetic | one of random, recent, most_supported",
        "unknown          | 1          | not a setting",
    })
    void invalidSettingsAreRefusedNamingTheSetting(String key, String raw, String message) {
        Object value = raw.matches("-?\\d+") ? (Object) Long.parseLong(raw) : raw.matches("-?\\d+\\.\\d+") ? (Object) Double.parseDouble(raw) : raw;
        assertThatThrownBy(() -> Settings.validate(PROPOSAL_SETTINGS, Map.of(key, value)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining(key).hasMessageContaining(message);
    }

    @Test
    void aDefinitionRefusesItsOwnBrokenDefault() {
        assertThatThrownBy(() -> SettingDefinition.integer("limit", 10, 0, 5)).hasMessageContaining("between 0 and 5");
        assertThatThrownBy(() -> SettingDefinition.choice("order", "none", List.of("a"))).hasMessageContaining("one of a");
        assertThatThrownBy(() -> SettingDefinition.bool("CamelCase", true)).hasMessageContaining("snake_case");
    }

    @Test
    void manifestsAreCheckedWhenBuilt() {
        ModuleManifest pages = ModuleManifest.module("pages", "1.2.0").name("fr", "Pages").name("en", "Pages")
                .action("edit", "admin").globalSetting(SettingDefinition.bool("show_toc", true)).build();
        assertThat(pages.actions()).extracting(Action::requiredRole).containsExactly("admin");
        assertThatThrownBy(() -> ModuleManifest.module("pages", "1.2").name("fr", "x").name("en", "x").build())
                .hasMessageContaining("major.minor.micro");
        assertThatThrownBy(() -> ModuleManifest.module("pages", "1.0.0").name("en", "Pages").build())
                .hasMessageContaining("French");
        assertThatThrownBy(() -> ModuleManifest.module("pages", "1.0.0").name("fr", "x").name("en", "x")
                .globalSetting(SettingDefinition.bool("a", true)).phaseSetting(SettingDefinition.bool("a", false)).build())
                .hasMessageContaining("setting a is declared twice");
        assertThatThrownBy(() -> ModuleManifest.module("pages", "1.0.0").action("edit", "king"))
                .hasMessageContaining("unknown role");
    }

    @Test
    void routesMatchTemplatesAndTheTableAnswers404And405() {
        RouteTable table = new RouteTable(List.of(
                Route.get("", r -> ModuleResponse.json(200, "[]")),
                Route.get("pages/{pageId}", r -> ModuleResponse.json(200, "{\"id\":\"" + r.pathParameter("pageId") + "\"}")),
                Route.post("pages", r -> ModuleResponse.json(201, r.body()))));
        assertThat(table.dispatch(request("GET", "/pages/intro/", null)).body()).isEqualTo("{\"id\":\"intro\"}");
        assertThat(table.dispatch(request("GET", "", null)).body()).isEqualTo("[]");
        assertThat(table.dispatch(request("POST", "pages", "{}")).status()).isEqualTo(201);
        assertThat(table.dispatch(request("DELETE", "pages/intro", null)).status()).isEqualTo(405);
        ModuleResponse missing = table.dispatch(request("GET", "pages/intro/edit", null));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
    }

    static ModuleRequest request(String method, String path, String body) {
        return new ModuleRequest(method, path, Map.of(), Map.of(), body, UUID.randomUUID(), "budget", UUID.randomUUID(),
                null, "fr", Settings.defaults(List.of()), null, false);
    }

    @Test
    void plainTextBecomesSafeActivityStreamsContent() {
        org.assertj.core.api.Assertions.assertThat(org.communa.module.api.federation.FederatedObject.textAsHtml(
                "Des bancs <b>à l'ombre</b>\nau parc.\n\nEt des fontaines."))
                .isEqualTo("<p>Des bancs &lt;b&gt;à l'ombre&lt;/b&gt;<br>au parc.</p><p>Et des fontaines.</p>");
    }
}
