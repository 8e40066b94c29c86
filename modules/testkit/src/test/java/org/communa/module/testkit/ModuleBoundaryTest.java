package org.communa.module.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.modulehost.MigrationScript;
import org.communa.modulehost.ModuleRoles;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module that tries every way out of its tables, through the SDK as a module would and straight at the
 * database under its role: each is refused, with an error that names the module and what it reached for,
 * and row-level security still holds underneath.
 */
class ModuleBoundaryTest {

    /** Each escape a buggy or hostile module could try, run inside one of its transactions by the route "escape/{name}". */
    static final Map<String, String> ESCAPES = Map.ofEntries(
            Map.entry("reset-role", "reset role"),
            Map.entry("set-role", "set role postgres"),
            Map.entry("set-local-role", "set local role communa_app"),
            Map.entry("session-authorization", "set session authorization default"),
            Map.entry("host-table", "select email, password_hash from participants"),
            Map.entry("host-table-in-cte", "with p as (select email from participants) select * from p"),
            Map.entry("write-host-table", "update organisations set name = 'pwned'"),
            Map.entry("other-module-table", "select * from neighbour_notes"),
            Map.entry("no-force-rls", "alter table escape_items no force row level security"),
            Map.entry("disable-rls", "alter table escape_items disable row level security"),
            Map.entry("drop-policy", "drop policy tenant_isolation on escape_items"),
            Map.entry("set-config-tenant", "select set_config('communa.tenant_id', '00000000-0000-0000-0000-000000000000', true)"),
            Map.entry("set-config-app-tenant", "select set_config('app.tenant', 'x', false)"),
            Map.entry("set-config-unicode", "select U&\"set\\005fconfig\"('communa.tenant_id', 'x', true)"),
            Map.entry("set-tenant", "set communa.tenant_id = '00000000-0000-0000-0000-000000000000'"),
            Map.entry("reset-all", "reset all"),
            Map.entry("two-statements", "select 1; reset role"),
            Map.entry("commented-reset", "/* harmless */ reset role"),
            Map.entry("create-function", "create function escape_me() returns int language sql as 'select 1'"),
            Map.entry("grant", "grant select on escape_items to public"),
            Map.entry("copy-program", "copy escape_items to program 'cat'"));

    static final ModuleManifest ESCAPING = ModuleManifest.module("escape", "1.0.0")
            .name("fr", "Évasion").name("en", "Escape")
            .migrations("db/escape")
            .route(Route.get("escape/{name}", ModuleBoundaryTest::escape).describedAs("Try the escape of that name"))
            .route(Route.post("items", request -> {
                request.data().write(sql -> sql.update("insert into escape_items (id, component_id, body) values (?, ?, ?)",
                        UUID.randomUUID(), request.componentId(), request.body()));
                return ModuleResponse.json(201, "{}");
            }).describedAs("Store an item").accepts("text/plain", null))
            .route(Route.get("items", request -> ModuleResponse.json(200, "{\"count\":" + request.data().read(sql ->
                    sql.first("select count(*) as n from escape_items")).orElseThrow().integer("n") + "}")).describedAs("Count the items"))
            .build();

    static final ModuleManifest NEIGHBOUR = ModuleManifest.module("neighbour", "1.0.0")
            .name("fr", "Voisin").name("en", "Neighbour").migrations("db/neighbour").build();

    static ModuleTestKit kit;

    @BeforeAll
    static void start() {
        ParticipationModule escaping = () -> ESCAPING;
        ParticipationModule neighbour = () -> NEIGHBOUR;
        kit = ModuleTestKit.start(escaping, neighbour);
    }

    static ModuleResponse escape(ModuleRequest request) {
        String statement = ESCAPES.get(request.pathParameter("name"));
        List<Row> rows = request.data().write(sql -> sql.query(statement));
        return ModuleResponse.json(200, "{\"rows\":" + rows.size() + "}");
    }

    @Test
    void everyEscapeThroughTheSdkIsRefusedNamingTheModule() {
        TestOrganisation town = kit.organisation("escape-town");
        for (String name : ESCAPES.keySet()) {
            assertThatThrownBy(() -> kit.request(town, "GET", "escape/" + name).send())
                    .as(name).isInstanceOf(RuntimeException.class)
                    .satisfies(e -> assertThat(e.getMessage()).as(name).containsAnyOf("module escape may not use",
                            "a module statement reads or changes data", "one statement at a time", "may not change the transaction"));
        }
        assertThatThrownBy(() -> kit.request(town, "GET", "escape/host-table").send())
                .hasMessageContaining("module escape may not use participants");
        assertThatThrownBy(() -> kit.request(town, "GET", "escape/other-module-table").send())
                .hasMessageContaining("module escape may not use neighbour_notes");
        // nothing changed: the organisation keeps its name, the module's table its protection
        assertThat(kit.hostData(town).read(sql -> sql.first("select name from organisations")).orElseThrow().string("name"))
                .isNotEqualTo("pwned");
    }

    /** The database itself holds the line, without the SDK's checks: what the role may not do, it cannot do. */
    @Test
    void theModulesRoleAloneCannotReachBeyondItsTables() throws SQLException {
        TestOrganisation town = kit.organisation("role-town");
        ModuleRoles roles = new ModuleRoles(kit.settings().appRole());
        try (Connection connection = DriverManager.getConnection(kit.settings().url(), kit.settings().appRole(), kit.settings().appPassword())) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('communa.tenant_id', '" + town.id() + "', true), set_config('role', '"
                        + roles.runtime("escape") + "', true)");
                statement.execute("savepoint s");
                for (String denied : List.of("select * from participants", "select * from neighbour_notes",
                        "alter table escape_items no force row level security", "drop policy tenant_isolation on escape_items",
                        "create table escape_more (id int)",
                        "create function escape_me() returns int language sql as 'select 1'", "insert into action_log (module_key, action, "
                        + "resource_type) values ('escape', 'forge', 'x')")) {
                    assertThatThrownBy(() -> statement.execute(denied)).as(denied).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(denied).isIn("42501", "42P01"));
                    statement.execute("rollback to savepoint s");
                }
                // a grant by a role that owns nothing grants nothing (PostgreSQL only warns)
                statement.execute("grant select on escape_items to public");
                try (var rs = statement.executeQuery("select has_table_privilege('public', 'escape_items', 'select')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isFalse();
                }
                // what it may read of the host: the SDK views, this organisation's rows only
                try (var rs = statement.executeQuery("select count(*) from sdk_components")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            connection.rollback();
        }
    }

    @Test
    void rowLevelSecurityStillSeparatesOrganisationsInsideTheModulesTables() {
        TestOrganisation a = kit.organisation("rls-a");
        TestOrganisation b = kit.organisation("rls-b");
        assertThat(kit.request(a, "POST", "items").body("one").send().status()).isEqualTo(201);
        assertThat(kit.request(a, "POST", "items").body("two").send().status()).isEqualTo(201);
        assertThat(kit.request(a, "GET", "items").send().body()).isEqualTo("{\"count\":2}");
        assertThat(kit.request(b, "GET", "items").send().body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void aMigrationThatWouldLeaveTheModulesRolesIsRefusedBeforeItRuns() {
        for (String script : List.of("reset role; drop table participants", "set role postgres",
                "create function f() returns void language plpgsql as $$ begin perform set_config('communa.tenant_id', '', true); end $$",
                "do $$ begin execute 'reset' || ' role'; end $$", "grant select on escape_items to public",
                "select 1; -- '\nreset role", "select '--'; reset role", "select E'\\' -- '; reset role",
                "alter table escape_items no force row level security")) {
            assertThatThrownBy(() -> kit.upgrade(List.of(new MigrationScript("V9__escape.sql", script))))
                    .as(script).hasMessageContaining("migration V9__escape.sql of module escape is refused");
        }
        // and what the owner role may not touch, the database refuses, naming it
        assertThatThrownBy(() -> kit.upgrade(List.of(new MigrationScript("V9__escape.sql", "alter table participants add column x int"))))
                .hasMessageContaining("participants, which is not a table of module escape");
    }
}
