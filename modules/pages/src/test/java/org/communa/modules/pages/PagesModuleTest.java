package org.communa.modules.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteTable;
import org.communa.module.api.settings.Settings;
import org.junit.jupiter.api.Test;

/** The module tested through the SDK alone, without a server. */
class PagesModuleTest {

    @Test
    void declaresItselfAndAnswersItsIndex() {
        PagesModule module = new PagesModule();
        assertThat(module.manifest().key()).isEqualTo("pages");
        assertThat(module.manifest().names()).containsKeys("fr", "en", "ca", "es");
        UUID component = UUID.randomUUID();
        ModuleResponse index = new RouteTable(module.manifest().routes()).dispatch(new ModuleRequest("GET", "", Map.of(),
                Map.of(), null, UUID.randomUUID(), "budget", component, null, "fr",
                Settings.defaults(module.manifest().globalSettings())));
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains(component.toString());
        assertThat(Settings.defaults(module.manifest().globalSettings()).bool("show_table_of_contents")).isTrue();
        assertThat(List.of(module.manifest().routes().get(0).method())).containsExactly("GET");
    }
}
