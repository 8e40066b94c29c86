package org.communa.modules.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.communa.modulehost.MigrationScript;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages module through the SDK test kit: real PostgreSQL, the host's rules, no server. */
class PagesModuleTest {

    static ModuleTestKit kit;
    static final UUID ADMIN = UUID.randomUUID();
    static final UUID PARTICIPANT = UUID.randomUUID();

    @BeforeAll
    static void start() {
        kit = ModuleTestKit.start(new PagesModule());
    }

    @Test
    void declaresItselfAndItsMigrations() {
        assertThat(kit.manifest().key()).isEqualTo("pages");
        assertThat(kit.manifest().names()).containsKeys("fr", "en", "ca", "es");
        assertThat(kit.migrationsApplied()).isEqualTo(1);
    }

    @Test
    void adminsWritePagesEveryoneReadsThemInTheirLanguage() {
        TestOrganisation town = kit.organisation("town-a");
        ModuleResponse created = kit.request(town, "POST", "pages").as(ADMIN, "admin")
                .body("{\"slug\":\"faq\",\"title\":{\"fr\":\"Questions\",\"en\":\"Questions (en)\"},"
                        + "\"body\":{\"fr\":\"<p>Bonjour <script>alert(1)</script><a href=\\\"javascript:x()\\\">lien</a></p>\"},"
                        + "\"position\":2}").send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"slug\":\"faq\"").doesNotContain("script").doesNotContain("javascript");

        kit.request(town, "POST", "pages").as(ADMIN, "admin")
                .body("{\"slug\":\"rules\",\"title\":{\"fr\":\"Règlement\"},\"position\":1}").send();
        ModuleResponse list = kit.request(town, "GET", "").locale("en").send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).containsSubsequence("\"slug\":\"rules\"", "\"slug\":\"faq\"")
                .contains("\"title\":\"Questions (en)\"").contains("\"title\":\"Règlement\"");

        ModuleResponse page = kit.request(town, "GET", "pages/faq").send();
        assertThat(page.body()).contains("<p>Bonjour lien</p>");

        assertThat(kit.request(town, "PUT", "pages/faq").as(ADMIN, "admin")
                .body("{\"slug\":\"faq-2026\",\"title\":{\"fr\":\"FAQ\"}}").send().status()).isEqualTo(200);
        assertThat(kit.request(town, "GET", "pages/faq").send().status()).isEqualTo(404);
        assertThat(kit.request(town, "DELETE", "pages/faq-2026").as(ADMIN, "admin").send().status()).isEqualTo(200);
        assertThat(kit.request(town, "GET", "pages/faq-2026").send().status()).isEqualTo(404);
        assertThat(kit.actionLog(town)).containsExactly("create page faq", "create page rules", "update page faq-2026",
                "delete page faq-2026");
    }

    @Test
    void onlyAdminsWriteAndBadInputIsExplained() {
        TestOrganisation town = kit.organisation("town-b");
        String page = "{\"slug\":\"about\",\"title\":{\"fr\":\"À propos\"}}";
        assertThat(kit.request(town, "POST", "pages").body(page).send().status()).isEqualTo(401);
        assertThat(kit.request(town, "POST", "pages").as(PARTICIPANT).body(page).send().status()).isEqualTo(403);
        assertThat(kit.request(town, "POST", "pages").as(PARTICIPANT, "moderator").body(page).send().status()).isEqualTo(403);

        assertThat(kit.request(town, "POST", "pages").as(ADMIN, "admin").body("{\"slug\":\"Bad Slug\"}").send().body())
                .contains("slug must be");
        assertThat(kit.request(town, "POST", "pages").as(ADMIN, "admin")
                .body("{\"slug\":\"x\",\"title\":{\"de\":\"Hallo\"}}").send().body()).contains("languages are fr, en, ca, es");
        assertThat(kit.request(town, "POST", "pages").as(ADMIN, "admin").body("not json").send().status()).isEqualTo(400);
        assertThat(kit.request(town, "POST", "pages").as(ADMIN, "admin").body(page).send().status()).isEqualTo(201);
        ModuleResponse twice = kit.request(town, "POST", "pages").as(ADMIN, "admin").body(page).send();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anOrganisationSeesOnlyItsOwnPagesWhateverTheQuery() {
        TestOrganisation a = kit.organisation("iso-a");
        TestOrganisation b = kit.organisation("iso-b");
        kit.request(a, "POST", "pages").as(ADMIN, "admin").body("{\"slug\":\"secret\",\"title\":{\"fr\":\"A\"}}").send();
        // a query without any filter still sees only the organisation's own rows
        long seenFromB = kit.data(b).read(sql -> sql.query("select id from pages_pages")).size();
        long seenFromA = kit.data(a).read(sql -> sql.query("select id from pages_pages")).size();
        assertThat(seenFromA).isEqualTo(1);
        assertThat(seenFromB).isZero();
        // and cannot write into another organisation either
        assertThatThrownBy(() -> kit.data(b).write(sql -> sql.update(
                "insert into pages_pages (id, tenant_id, component_id, slug, title) values (?, ?, ?, 'x', '{}'::jsonb)",
                UUID.randomUUID(), a.id(), a.componentId()))).hasMessageContaining("row-level security");
        assertThatThrownBy(() -> kit.data(b).read(sql -> sql.query("select set_config('communa.tenant_id', ?, true)",
                a.id().toString()))).hasMessageContaining("may not change");
    }

    @Test
    void anUpgradeMigrationRunsOnceAndBrokenOnesAreRefusedWhole() {
        ModuleTestKit own = ModuleTestKit.start(new PagesModule());
        MigrationScript v2 = new MigrationScript("V2__summary.sql", "alter table pages_pages add column summary text");
        assertThat(own.upgrade(List.of(v2))).isEqualTo(1);
        assertThat(own.upgrade(List.of(v2))).isZero();
        assertThatThrownBy(() -> own.upgrade(List.of(v2, new MigrationScript("V3__open.sql",
                "create table pages_open (id uuid primary key)")))).hasMessageContaining("has no tenant_id column");
        assertThatThrownBy(() -> own.upgrade(List.of(v2, new MigrationScript("V3__leaky.sql",
                "create table pages_leaky (id uuid primary key, tenant_id uuid not null)"))))
                .hasMessageContaining("no forced row-level security");
        assertThatThrownBy(() -> own.upgrade(List.of(v2, new MigrationScript("V3__greedy.sql", "drop table scopes cascade"))))
                .hasMessageContaining("not a table of module pages");
        // refused migrations left nothing behind
        assertThat(own.migrations().purge("pages")).containsExactly("pages_pages");
    }

    /** The module is built against the SDK only: nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(PagesModule.class);
    }

    @Test
    void theOrganisationsSearchFindsPagesInAnyLanguageWithoutAccentsAndNeverAnotherOrganisations() {
        TestOrganisation town = kit.organisation("town-search");
        TestOrganisation other = kit.organisation("town-search-other");
        kit.request(town, "POST", "pages").as(ADMIN, "admin").body("{\"slug\":\"ecoles\",\"title\":{\"fr\":\"Nos écoles <b>&</b> crèches\","
                + "\"en\":\"Schools\"},\"body\":{\"fr\":\"<p>Les écoles du quartier &amp; leurs cours végétalisées</p>\","
                + "\"en\":\"<p>Greener playgrounds</p>\"}}").send();

        var found = kit.search(town, "ecole vegetalisee");
        assertThat(found.hits()).hasSize(1);
        var hit = found.hits().get(0);
        assertThat(hit.type()).isEqualTo("page");
        assertThat(hit.url()).isEqualTo("/processes/town-search-space/c/" + town.componentId() + "/pages/ecoles");
        // the author's markup is text, never HTML; the matched words, as written, are marked
        assertThat(hit.title()).isEqualTo("Nos <mark>écoles</mark> &lt;b&gt;&amp;&lt;/b&gt; crèches");
        assertThat(hit.extract()).contains("<mark>écoles</mark>").contains("<mark>végétalisées</mark>").contains("&amp;")
                .doesNotContain("<p>");
        assertThat(kit.searchPaths(town, "greener playground")).hasSize(1);
        assertThat(kit.searchPaths(other, "ecole")).isEmpty();

        kit.request(town, "PUT", "pages/ecoles").as(ADMIN, "admin").body("{\"slug\":\"ecoles-2027\",\"title\":{\"fr\":\"Nos écoles\"}}").send();
        assertThat(kit.searchPaths(town, "écoles")).containsExactly("/processes/town-search-space/c/" + town.componentId() + "/pages/ecoles-2027");
        kit.request(town, "DELETE", "pages/ecoles-2027").as(ADMIN, "admin").send();
        assertThat(kit.searchPaths(town, "écoles")).isEmpty();
    }
}
