package org.communa.modules.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module through the SDK test kit: its migrations, routes, permissions and isolation, on a real PostgreSQL. */
class TemplateModuleTest {

    static ModuleTestKit kit;
    static final UUID PARTICIPANT = UUID.randomUUID();
    static final UUID MODERATOR = UUID.randomUUID();

    @BeforeAll
    static void start() {
        kit = ModuleTestKit.start(new TemplateModule());
    }

    @Test
    void participantsAddItemsWhileThePhaseAllows() {
        TestOrganisation town = kit.organisation("town");
        String item = "{\"body\":\"Plus de bancs au parc\"}";
        assertThat(kit.request(town, "POST", "items").as(PARTICIPANT).body(item).send().status()).isEqualTo(403);
        ModuleResponse created = kit.request(town, "POST", "items").as(PARTICIPANT).setting("creation_enabled", true)
                .body(item).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"words\":-1");
        assertThat(kit.runJobs()).isPositive(); // other tests of this class may have queued theirs
        assertThat(kit.request(town, "GET", "").send().body()).contains("Plus de bancs au parc").contains("\"words\":5");
        assertThat(kit.actionLog(town)).hasSize(1).allMatch(entry -> entry.startsWith("create item "));
        assertThat(kit.request(town, "POST", "items").setting("creation_enabled", true).body(item).send().status()).isEqualTo(401);
        assertThat(kit.request(town, "POST", "items").as(PARTICIPANT).setting("creation_enabled", true)
                .body("{\"body\":\"\"}").send().status()).isEqualTo(400);
    }

    @Test
    void theLimitPerParticipantHolds() {
        TestOrganisation town = kit.organisation("limits");
        for (int i = 0; i < 2; i++) {
            assertThat(kit.request(town, "POST", "items").as(PARTICIPANT).setting("creation_enabled", true)
                    .setting("max_items_per_participant", 2).body("{\"body\":\"idée " + i + "\"}").send().status()).isEqualTo(201);
        }
        assertThat(kit.request(town, "POST", "items").as(PARTICIPANT).setting("creation_enabled", true)
                .setting("max_items_per_participant", 2).body("{\"body\":\"une de trop\"}").send().status()).isEqualTo(409);
    }

    @Test
    void moderatorsRemoveItemsAndOtherOrganisationsSeeNothing() {
        TestOrganisation town = kit.organisation("moderated");
        TestOrganisation other = kit.organisation("elsewhere");
        String id = kit.request(town, "POST", "items").as(PARTICIPANT).setting("creation_enabled", true)
                .body("{\"body\":\"à retirer\"}").send().body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(kit.data(other).read(sql -> sql.query("select id from template_items")).size()).isZero();
        assertThat(kit.request(town, "DELETE", "items/" + id).as(PARTICIPANT).send().status()).isEqualTo(403);
        assertThat(kit.request(town, "DELETE", "items/" + id).as(MODERATOR, "moderator").send().status()).isEqualTo(200);
        assertThat(kit.request(town, "DELETE", "items/" + id).as(MODERATOR, "moderator").send().status()).isEqualTo(404);
    }

    /** The module is built against the SDK only: nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(TemplateModule.class);
    }
}
