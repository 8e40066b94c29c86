package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile input (issue 22) against a server with a small heap (-Xmx512m), as an attacker would send it: page
 * templates written to exhaust memory or time, JSON nested fifty thousand deep on every module's routes, and a
 * fuzz of every operation of /openapi as several callers. The server must stay whole: ready, no
 * OutOfMemoryError, its background workers alive, its heap back where it was, no module quarantined, no 500,
 * and nothing written by a refused request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    /** The modules shipped, with the settings of the active phase that open them to participants. */
    private static final Map<String, JsonObject> MODULES = Map.of(
            "pages", Json.createObjectBuilder().build(),
            "proposals", Json.createObjectBuilder().add("creation_enabled", true).add("supports_enabled", true).build(),
            "budgets", Json.createObjectBuilder().add("voting_enabled", true).build(),
            "surveys", Json.createObjectBuilder().add("answers_enabled", true).build(),
            "meetings", Json.createObjectBuilder().add("registrations_enabled", true).build());
    /** Tables whose rows change without a request (jobs, sessions seen) or by design on a refusal (audit). */
    private static final List<String> NOT_COMPARED = List.of("sessions", "statistics_daily", "statistics_participants",
            "statistics_state", "audit_events");
    /** Requests per operation and caller: 20 in mvn verify, more from bench/run (-Dcommuna.fuzz.requests). */
    private static final int REQUESTS_EACH = Integer.getInteger("communa.fuzz.requests", 20);
    static CommunaInstance server;
    static Http http;
    static Scenario scenario;
    static World a;
    static World b;

    /** One organisation as a test sees it: its admin, a participant, and a space with a component of each module. */
    record World(JsonObject organisation, Scenario.Session admin, Scenario.Session participant, String participantEmail,
            Map<String, String> spaces, Map<String, String> components) {
        String host() {
            return organisation.getString("primaryHost");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = CommunaInstance.start("h", Map.of("JAVA_OPTS", "-Xmx512m", "COMMUNA_STATISTICS_EVERY_SECONDS", "3600"));
        http = server.http();
        scenario = new Scenario(http);
        a = world("hostile-a");
        b = world("hostile-b");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static World world(String prefix) {
        JsonObject organisation = scenario.organisation(prefix);
        String host = organisation.getString("primaryHost");
        Scenario.Session admin = scenario.admin(organisation);
        String email = scenario.participant(host, "membre");
        Scenario.Session participant = scenario.signIn(host, email, Scenario.PASSWORD);
        Map<String, String> components = new LinkedHashMap<>();
        Map<String, String> spaces = new LinkedHashMap<>();
        for (var module : MODULES.entrySet()) {
            components.put(module.getKey(), Scenario.component(admin, "espace-" + module.getKey(), "Espace " + module.getKey(),
                    module.getKey(), module.getValue()));
            spaces.put(module.getKey(), "espace-" + module.getKey());
        }
        return new World(organisation, admin, participant, email, spaces, components);
    }

    @Test
    @Order(1)
    void templatesWrittenToExhaustTheServerAreRefusedOrSetAsideAndTheServerStaysWhole() throws Exception {
        long heapBefore = heapAfterGc();
        Map<String, String> refusedAtSave = new LinkedHashMap<>();
        refusedAtSave.put("a range of twenty million", "{% for i in range(1, 20000000) %}{% endfor %}");
        refusedAtSave.put("a string doubled", "{% set s = 'abcdefgh' %}{% for i in range(1, 40) %}{% set s = s ~ s %}{% endfor %}{{ s }}");
        refusedAtSave.put("nested loops", "{% for i in range(1, 10000) %}{% for j in range(1, 10000) %}{% endfor %}{% endfor %}");
        refusedAtSave.put("a macro calling itself twice", "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}"
                + "{% endmacro %}{{ f(0) }}");
        refusedAtSave.put("a macro calling itself forever", "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(0) }}");
        refusedAtSave.put("the page including itself", "{% include 'pages/home' %}");
        refusedAtSave.put("a huge literal printed again and again", "{% set s = '" + "x".repeat(90_000) + "' %}"
                + "{% for i in range(1, 10000) %}{{ s }}{% endfor %}");
        refusedAtSave.put("a method outside the list", "{{ locale.getBytes() }}");
        refusedAtSave.put("the i18n function", "{{ i18n('META-INF/microprofile-config', 'communa.db.password') }}");
        refusedAtSave.put("the cache tag", "{% cache 'k' %}x{% endcache %}");
        for (var attack : refusedAtSave.entrySet()) {
            Http.Reply saved = a.admin().call("PUT", "api/admin/templates/pages/home").raw(attack.getValue(), "text/plain").send();
            assertThat(saved.status()).as(attack.getKey() + ": " + saved.body()).isEqualTo(400);
            assertThat(saved.contentType()).startsWith("application/problem+json");
            assertServing(a.host(), attack.getKey());
        }

        // over a limit only with the pages' data: saved, then set aside at its first render, with the reason for the admins
        String dataDependent = "{% extends 'layouts/base' %}{% block content %}{% for block in blocks %}"
                + "{% for i in range(1, 10000) %}{% for j in range(1, 10000) %}{% endfor %}{% endfor %}{% endfor %}{% endblock %}";
        assertThat(a.admin().call("PUT", "api/admin/templates/pages/home").raw(dataDependent, "text/plain").send().status()).isEqualTo(204);
        Http.Reply home = http.to(a.host(), "GET", "/").send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Organisation " + a.organisation().getString("slug"));
        JsonObject listed = templates(a).get("pages/home");
        assertThat(listed.getBoolean("replaced")).isTrue();
        // in the organisation's own language (French here): its admins read it
        assertThat(listed.getString("failure")).containsAnyOf("prend plus de", "Mo de mémoire");
        long start = System.nanoTime();
        assertThat(http.to(a.host(), "GET", "/").send().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a template set aside costs nothing more").isLessThan(Duration.ofSeconds(2));
        assertServing(b.host(), "the other organisation");

        assertThat(http.to(a.host(), "GET", "health/ready").send().status()).isEqualTo(200);
        assertThat(server.log()).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
        String threads = jcmd("Thread.print");
        assertThat(threads).contains("\"communa-modules-directory\"").containsPattern("\"db-scheduler[^\"]*\"");
        // the job queue still works: a password reset mail goes out
        http.to(a.host(), "POST", "api/account/password-reset").json(Json.createObjectBuilder().add("email", a.participantEmail()).build()).send();
        Mailbox.await(a.participantEmail(), "Réinitialisez");
        assertThat(heapAfterGc() - heapBefore).as("heap used after a GC, compared with before the attacks").isLessThan(50L << 20);
        assertThat(a.admin().call("DELETE", "api/admin/templates/pages/home").send().status()).isEqualTo(204);
    }

    @Test
    @Order(2)
    void jsonNestedFiftyThousandDeepOnEveryModuleRouteQuarantinesNothing() {
        byte[] deep = ("{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}").getBytes(StandardCharsets.UTF_8);
        List<String> subPaths = List.of("proposals", "budgets", "ballot", "surveys", "meetings", "pages", "verification",
                "admin/budgets", "responses", "registrations", "x/y/z");
        int sent = 0;
        for (World world : List.of(a, b)) {
            for (var component : world.components().entrySet()) {
                String base = "api/spaces/" + world.spaces().get(component.getKey()) + "/c/" + component.getValue() + "/";
                for (String subPath : subPaths) {
                    for (String method : List.of("POST", "PUT")) {
                        for (Http.Request request : List.of(http.to(world.host(), method, base + subPath),
                                world.participant().call(method, base + subPath), world.admin().call(method, base + subPath))) {
                            Http.Reply reply = request.bytes(deep, "application/json").send();
                            sent++;
                            assertThat(reply.status()).as(method + " " + base + subPath + ": " + reply.body()).isEqualTo(400);
                            assertThat(reply.body()).contains("nesting deeper than");
                        }
                    }
                }
            }
        }
        assertThat(sent).isEqualTo(2 * MODULES.size() * subPaths.size() * 2 * 3);
        assertNoModuleQuarantined();
    }

    @Test
    @Order(3)
    void fuzzingEveryOperationAsFourCallersGivesNo500AndRefusalsWriteNothing() throws Exception {
        JsonObject openApi = Json.createReader(new StringReader(http.to("localhost", "GET", "openapi?format=JSON").send().body())).readObject();
        List<ApiFuzzer.Operation> operations = new ArrayList<>(ApiFuzzer.operations(openApi));
        // signing out would end the callers' sessions: it is sent anonymously only, below
        operations.removeIf(operation -> operation.path().equals("/api/account/sign-out"));
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("slug", List.copyOf(a.spaces().values()));
        known.put("componentId", List.copyOf(a.components().values()));
        known.put("spaceId", List.of(b.organisation().getString("id")));
        known.put("id", List.of(b.organisation().getString("id"), a.organisation().getString("id")));
        known.put("type", List.of("proposal", "project", "meeting", "survey", "page", "comment"));
        known.put("path", List.of("proposals", "budgets", "ballot", "surveys", "meetings", "verification", "admin/budgets", "export.csv"));
        known.put("name", List.of("pages/home", "layouts/base", "logo", "favicon"));
        known.put("email", List.of(a.participantEmail(), "nobody@example.org"));
        ApiFuzzer fuzzer = new ApiFuzzer(URI.create(server.url()), known, Long.getLong("communa.fuzz.seed", 22));
        List<ApiFuzzer.Caller> callers = List.of(new ApiFuzzer.Caller("anonymous", Map.of()),
                caller("participant of A", a.participant()), caller("admin of B", b.admin()), caller("admin of A", a.admin()));
        List<String> writesByRefusals = new ArrayList<>();
        try (Connection database = TestInfrastructure.admin(CommunaInstance.database("h"))) {
            ApiFuzzer.Around checksums = new ApiFuzzer.Around() {
                Map<String, String> before;

                @Override
                public void before(ApiFuzzer.Operation operation) {
                    awaitJobsDone(database); // what an earlier accepted request set off must not count against this one
                    before = checksums(database);
                }

                @Override
                public void after(ApiFuzzer.Operation operation, List<ApiFuzzer.Exchange> batch) {
                    if (batch.stream().allMatch(exchange -> exchange.status() >= 400)) {
                        Map<String, String> after = checksums(database);
                        before.forEach((table, sum) -> {
                            if (!sum.equals(after.get(table))) {
                                writesByRefusals.add(operation.name() + " changed " + table);
                            }
                        });
                    }
                }
            };
            ApiFuzzer.Report report = fuzzer.run(operations, callers, REQUESTS_EACH,
                    operation -> operation.path().startsWith("/api/system") ? "localhost" : a.host(), checksums);
            ApiFuzzer.Report signOut = fuzzer.run(ApiFuzzer.operations(openApi).stream()
                    .filter(operation -> operation.path().equals("/api/account/sign-out")).toList(),
                    List.of(callers.get(0)), 20, operation -> a.host(), ApiFuzzer.Around.nothing());
            ApiFuzzer.print("fuzz of /openapi", report, System.out::println);
            assertThat(report.operations).isGreaterThanOrEqualTo(170);
            assertThat(report.requests).isEqualTo(report.operations * 4 * REQUESTS_EACH);
            assertThat(report.serverErrors).as("5xx answers:" + ApiFuzzer.describe(report.serverErrors)).isEmpty();
            assertThat(signOut.serverErrors).isEmpty();
            List<ApiFuzzer.Exchange> notProblems = report.refusalsWithoutProblem.stream()
                    .filter(exchange -> exchange.target().startsWith("api/")).toList();
            assertThat(notProblems).as("refusals that are no problem+json:" + ApiFuzzer.describe(notProblems)).isEmpty();
        }
        assertThat(writesByRefusals).as("tables changed by operations whose every request was refused").isEmpty();
        assertNoModuleQuarantined();
        assertThat(http.to(a.host(), "GET", "health/ready").send().status()).isEqualTo(200);
        assertThat(server.log()).doesNotContain("OutOfMemoryError");
    }

    private static ApiFuzzer.Caller caller(String name, Scenario.Session session) {
        return new ApiFuzzer.Caller(name, Map.of("Cookie", session.cookie(), "X-CSRF-Token", session.csrf()));
    }

    /** Waits (10 s at most) until no one-off job is due or running: their writes belong to the requests that queued them. */
    private static void awaitJobsDone(Connection database) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Statement statement = database.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet due = statement.executeQuery("select count(*) from scheduled_tasks where task_instance <> 'recurring' "
                        + "and (picked or execution_time <= now())")) {
                    due.next();
                    if (due.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A checksum of every organisation table but those that change on their own. */
    private static Map<String, String> checksums(Connection database) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Statement statement = database.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.columns where table_schema = 'public' "
                    + "and column_name = 'tenant_id' union select 'organisations' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.removeAll(NOT_COMPARED);
            for (String table : tables) {
                try (ResultSet sum = statement.executeQuery("select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from \""
                        + table + "\" t")) {
                    sum.next();
                    sums.put(table, sum.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    private static void assertServing(String host, String after) {
        Http.Reply page = http.to(host, "GET", "/").send();
        assertThat(page.status()).as("home page of " + host + " after " + after).isEqualTo(200);
        assertThat(http.to(host, "GET", "health/ready").send().status()).as("ready after " + after).isEqualTo(200);
    }

    private static void assertNoModuleQuarantined() {
        Http.Reply modules = http.system("GET", "api/system/modules").send();
        assertThat(modules.status()).isEqualTo(200);
        List<JsonObject> items = modules.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(module -> module.getString("module", "")).contains("proposals", "budgets", "pages");
        for (JsonObject module : items) {
            assertThat(module.getBoolean("quarantined", false)).as(module.toString()).isFalse();
        }
    }

    private static Map<String, JsonObject> templates(World world) {
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        for (JsonValue template : Json.createReader(new StringReader(world.admin().call("GET", "api/admin/templates").send().body())).readArray()) {
            byName.put(template.asJsonObject().getString("name"), template.asJsonObject());
        }
        return byName;
    }

    /** Heap in use right after a full collection, from the JVM itself. */
    private static long heapAfterGc() throws Exception {
        jcmd("GC.run");
        String metrics = http.to("localhost", "GET", "metrics?scope=base").send().body();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("memory_usedHeap_bytes\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
        assertThat(used.find()).as(metrics).isTrue();
        return (long) Double.parseDouble(used.group(1));
    }

    private static String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(server.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
