package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communa.server.it.Scenario.created;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out (issue 10): one instance run as two server processes on loopback, on one database, clustered
 * through Payara Micro's Hazelcast (a member list, no multicast). What one process does, the other sees
 * at once: a session, a theme, a module; a thousand jobs run once between them; and a process killed in
 * the middle of a newsletter leaves the rest to the other, nobody served twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /**
     * Newsletters slow enough to kill a process in the middle; a dead process is noticed after 4 s; a
     * stopping process drains for 3 s (the proxy notices it is not ready within 1.5 s).
     */
    static final Map<String, String> SETTINGS = Map.of("COMMUNA_NEWSLETTERS_RATE_PER_SECOND", "10",
            "COMMUNA_NEWSLETTERS_BATCH_SECONDS", "2", "COMMUNA_JOBS_HEARTBEAT_SECONDS", "1",
            "COMMUNA_STATISTICS_EVERY_SECONDS", "3600", "COMMUNA_SHUTDOWN_DRAIN_SECONDS", "3");
    static CommunaInstance.Grid grid;
    static CommunaInstance one;
    static CommunaInstance two;

    @BeforeAll
    static void startTwoProcesses() throws Exception {
        grid = CommunaInstance.Grid.onLoopback("communa-it-" + UUID.randomUUID().toString().substring(0, 8), 2);
        // both at once: one prepares the database (roles, migrations) while the other waits for it
        var starting = Executors.newFixedThreadPool(2);
        try {
            Future<CommunaInstance> first = starting.submit(() -> CommunaInstance.startProcess("c", grid, 1, SETTINGS));
            Future<CommunaInstance> second = starting.submit(() -> CommunaInstance.startProcess("c", grid, 2, SETTINGS));
            one = first.get();
            two = second.get();
        } finally {
            starting.shutdown();
        }
    }

    @AfterAll
    static void stopProcesses() {
        for (CommunaInstance process : new CommunaInstance[] {one, two}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    @Order(1)
    void theTwoProcessesFormOneClusterThatSystemAdminsSee() throws Exception {
        JsonObject cluster = awaitCluster(one, 2);
        assertThat(cluster.getBoolean("clustered")).isTrue();
        assertThat(cluster.getString("answeredBy")).isEqualTo("c1");
        List<JsonObject> processes = cluster.getJsonArray("processes").getValuesAs(JsonObject.class);
        assertThat(processes).extracting(p -> p.getString("name")).containsExactly("c1", "c2");
        assertThat(processes).extracting(p -> p.getString("version")).allMatch(v -> v.endsWith("SNAPSHOT"));
        assertThat(processes.get(0).getJsonArray("modules")).isEqualTo(processes.get(1).getJsonArray("modules"));
        assertThat(processes.get(0).getJsonArray("modules").toString()).contains("\"module\":\"proposals\"");
        assertThat(two.http().system("GET", "api/system/cluster").send().json().getString("answeredBy")).isEqualTo("c2");
        // each process answers its own health and metrics, with its name and the processes it sees
        for (CommunaInstance process : List.of(one, two)) {
            assertThat(process.http().to("127.0.0.1", "GET", "health/ready").send().status()).isEqualTo(200);
            assertThat(process.http().to("127.0.0.1", "GET", "health/live").send().body())
                    .contains("\"process\":\"" + process.name() + "\"").contains("\"processes\":\"2\"");
            assertThat(process.http().to("127.0.0.1", "GET", "metrics").send().body())
                    .containsPattern("communa_cluster_processes(\\{[^}]*\\})? 2(\\.0)?\\b");
        }
        // the page of the system area
        Http.Reply page = one.http().system("GET", "system/cluster").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("c1").contains("c2");

        // for system admins only, on the system host only; the module registry is the system role's alone
        PlatformIT.assertProblem(one.http().to("127.0.0.1", "GET", "api/system/cluster").send(), 401, null);
        JsonObject org = new Scenario(one.http()).organisation("cluster-view");
        PlatformIT.assertProblem(one.http().to(org.getString("primaryHost"), "GET", "api/system/cluster")
                .header("Authorization", "Bearer " + Http.ADMIN_TOKEN).send(), 404, "system host");
        try (Connection c = TestInfrastructure.admin(CommunaInstance.database("c"));
                java.sql.Statement asApplication = c.createStatement()) {
            asApplication.execute("set role " + CommunaInstance.roles("c").get(0));
            assertThatThrownBy(() -> asApplication.executeQuery("select symbolic_name from module_bundles"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    @Order(2)
    void aSessionBegunOnOneProcessGoesOnOnTheOtherAndSigningOutEndsItOnBoth() {
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("session");
        String host = org.getString("primaryHost");
        Scenario.Session onOne = scenario.signIn(host, scenario.participant(host, "alice"), Scenario.PASSWORD);
        Scenario.Session onTwo = new Scenario.Session(two.http(), host, onOne.cookie(), onOne.csrf(), onOne.setCookie());
        assertThat(onTwo.call("GET", "api/account").send().json().getString("displayName")).isEqualTo("alice");
        assertThat(onOne.call("GET", "api/account").send().status()).isEqualTo(200); // now kept by process one too
        // signed out through process two: process one refuses the session at once, not when its copy expires
        assertThat(onTwo.call("POST", "api/account/sign-out").send().status()).isBetween(200, 204);
        awaitStatus(onOne, "api/account", 401, Duration.ofSeconds(3));
    }

    @Test
    @Order(3)
    void anOrganisationsThemeChangedOnOneProcessShowsAtOnceOnTheOther() {
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("theme", "default");
        String host = org.getString("primaryHost");
        Scenario.Session admin = scenario.admin(org);
        assertThat(two.http().to(host, "GET", "assets/theme.css").send().body()).doesNotContain("Campus"); // kept by two
        Http.Reply changed = admin.call("PUT", "api/admin/branding").json(Json.createObjectBuilder().add("theme", "campus")
                .add("colours", Json.createObjectBuilder().add("primary", "#7f1d1d")).build()).send();
        assertThat(changed.status()).as(changed.body()).isBetween(200, 204);
        // well within the 5 s process two would otherwise keep its copy
        awaitBody(two.http(), host, "assets/theme.css", "Campus", Duration.ofSeconds(3));
        awaitBody(two.http(), host, "branding.css", "#7f1d1d", Duration.ofSeconds(3));
    }

    @Test
    @Order(4)
    void aModuleInstalledOnOneProcessServesThroughTheOtherAndIsRemovedFromBoth() throws Exception {
        Http.Reply installed = one.http().system("POST", "api/system/modules").bytes(Bundles.template(), "application/java-archive").send();
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        String bundle = installed.json().getString("symbolicName");
        Instant sent = Instant.now();
        awaitModule(two, "template", true);
        System.out.println("[cluster] module installed on c1 active on c2 after " + Duration.between(sent, Instant.now()).toMillis() + " ms");

        // used through process two only
        Scenario scenario = new Scenario(two.http());
        JsonObject org = scenario.organisation("module");
        String host = org.getString("primaryHost");
        String component = Scenario.component(scenario.admin(org), "budget", "Budget", "template",
                Json.createObjectBuilder().add("creation_enabled", true).build());
        Scenario.Session member = scenario.signIn(host, scenario.participant(host, "auteur"), Scenario.PASSWORD);
        created(member.call("POST", "api/spaces/budget/c/" + component + "/items").json(Json.createObjectBuilder()
                .add("body", "Des fontaines dans chaque quartier").build()).send());
        assertThat(one.http().to(host, "GET", "api/spaces/budget/c/" + component).send().body()).contains("fontaines");

        // removed through process two (by its symbolic name, the same on both): gone from process one too
        assertThat(two.http().system("DELETE", "api/system/modules/" + bundle).send().status()).isEqualTo(204);
        awaitModule(one, "template", false);
        assertThat(one.http().to(host, "GET", "api/spaces/budget/c/" + component).send().status()).isEqualTo(503);
        assertThat(awaitCluster(one, 2).getJsonArray("moduleDifferences")).isEmpty();
    }

    @Test
    @Order(5)
    void aModuleQuarantinedOnOneProcessIsQuarantinedOnBothAndRestoredOnBoth() {
        Http.Reply installed = one.http().system("POST", "api/system/modules").bytes(Bundles.faultyModule("faulty"),
                "application/java-archive").send();
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        String bundle = installed.json().getString("symbolicName");
        awaitModule(two, "faulty", true);
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("quarantine");
        String host = org.getString("primaryHost");
        Scenario.Session admin = scenario.admin(org);
        String route = "api/spaces/budget/c/" + Scenario.component(admin, "budget", "Budget", "faulty",
                Json.createObjectBuilder().build());
        try {
            // five failed answers to two signed-in callers on process one quarantine the module there, and on process
            // two, which never failed
            Scenario.Session[] callers = {admin, scenario.signIn(host, scenario.participant(host, "second"),
                    Scenario.PASSWORD)};
            for (int i = 0; i < 5; i++) {
                PlatformIT.assertProblem(callers[i % 2].call("GET", route).send(), 503, "failed to answer");
            }
            await(() -> two.http().system("GET", "api/system/modules").send().body().contains("quarantined after 5 failed answers"),
                    Duration.ofSeconds(3), () -> "process two did not quarantine the module");
            PlatformIT.assertProblem(two.http().to(host, "GET", route).send(), 503, "not available");
            // lifted on process two: called again on both
            assertThat(two.http().system("POST", "api/system/modules/" + bundle + "/restore").send().json().getBoolean("quarantined"))
                    .isFalse();
            await(() -> !one.http().system("GET", "api/system/modules").send().body().contains("quarantined after"),
                    Duration.ofSeconds(3), () -> "process one kept the quarantine");
            PlatformIT.assertProblem(one.http().to(host, "GET", route).send(), 503, "failed to answer");
        } finally {
            assertThat(one.http().system("DELETE", "api/system/modules/" + bundle).send().status()).isEqualTo(204);
        }
    }

    @Test
    @Order(6)
    void aThousandDeliveriesAreSentOnceEachBetweenTheTwoProcesses() throws Exception {
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("fanout");
        String host = org.getString("primaryHost");
        Scenario.Session admin = scenario.admin(org);
        String component = Scenario.consultation(admin, "budget", "Budget");

        Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
        HttpServer inboxes = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        inboxes.setExecutor(Executors.newFixedThreadPool(8));
        inboxes.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (body.contains("\"type\":\"Create\"")) {
                creates.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        inboxes.start();
        try {
            int followers = 1000;
            seedFollowers(UUID.fromString(org.getString("id")), "http://127.0.0.1:" + inboxes.getAddress().getPort(), followers);
            Scenario.Session author = scenario.signIn(host, scenario.participant(host, "autrice"), Scenario.PASSWORD);
            EngagementIT.publish(author, "api/spaces/budget/c/" + component, "Des arbres dans la cour");

            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (creates.size() < followers && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(3000); // anything sent twice would arrive meanwhile
            assertThat(creates).as("every follower's inbox").hasSize(followers);
            assertThat(creates.values()).as("each delivery once").allMatch(n -> n.get() == 1);
        } finally {
            inboxes.stop(0);
        }
    }

    @Test
    @Order(7)
    void processesRestartedOneByOneBehindTheReverseProxyFailNoRequest() throws Exception {
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("rolling");
        String host = org.getString("primaryHost");
        Scenario.Session admin = scenario.admin(org);
        String list = "api/spaces/budget/c/" + Scenario.consultation(admin, "budget", "Budget");
        try (ReverseProxy proxy = ReverseProxy.balancing(one.port(), two.port())) {
            Http through = proxy.http();
            AtomicInteger served = new AtomicInteger();
            List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            var clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                String path = i % 2 == 0 ? list : "/";
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            Http.Reply reply = through.to(host, "GET", path).send();
                            if (reply.status() == 200) {
                                served.incrementAndGet();
                            } else {
                                failures.add(reply.status() + " " + reply.body());
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                        sleep(20); // steady traffic, not a flood: the restarting process needs the CPU to start
                    }
                });
            }
            Thread.sleep(2000);
            // as operators upgrade: one process at a time, stopped (it drains), started again with the new
            // version, back in rotation; meanwhile the two versions serve side by side
            Map<String, String> upgrade = Map.of("COMMUNA_WAR", nextVersion("0.1.0-next").toString());
            one = one.restarted(upgrade);
            assertThat(two.http().system("GET", "api/system/cluster").send().json().getJsonArray("processes")
                    .getValuesAs(JsonObject.class)).extracting(p -> p.getString("version"))
                    .containsExactlyInAnyOrder("0.1.0-next", "0.1.0-SNAPSHOT");
            Thread.sleep(2000);
            two = two.restarted(upgrade);
            Thread.sleep(2000);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            System.out.println("[cluster] rolling restart: " + served.get() + " requests served, " + failures.size() + " failed");
            assertThat(failures).as("failed requests during the rolling restart").isEmpty();
            assertThat(served.get()).isGreaterThan(100);
        }
        assertThat(awaitCluster(one, 2).getJsonArray("processes").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("version")).containsExactly("0.1.0-next", "0.1.0-next");
    }

    /** The server WAR built here as another version would be: the same code, another version number. */
    private static java.nio.file.Path nextVersion(String version) throws java.io.IOException {
        java.nio.file.Path war = java.nio.file.Path.of("target", "next-version", "ROOT.war"); // ROOT: served at /
        java.nio.file.Files.createDirectories(war.getParent());
        java.nio.file.Files.copy(java.nio.file.Path.of("target", "ROOT.war"), war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (java.nio.file.FileSystem content = java.nio.file.FileSystems.newFileSystem(war)) {
            java.nio.file.Files.writeString(content.getPath("WEB-INF/classes/communa-build.properties"), "version=" + version + "\n");
        }
        return war.toAbsolutePath();
    }

    @Test
    @Order(8)
    void aProcessKilledInTheMiddleOfANewsletterLeavesTheRestToTheOtherWithoutDuplicates() throws Exception {
        Scenario scenario = new Scenario(one.http());
        JsonObject org = scenario.organisation("killed");
        String host = org.getString("primaryHost");
        Scenario.Session admin = scenario.admin(org);
        int recipients = 60;
        List<String> addresses = EngagementIT.seedConsentingParticipants("c", UUID.fromString(org.getString("id")), recipients);
        String id = created(admin.call("POST", "api/admin/newsletters").json(EngagementIT.letter("Grappe",
                "<p>Deux serveurs, une lettre.</p>", EngagementIT.everyone())).send()).getString("id");
        assertThat(admin.call("POST", "api/admin/newsletters/" + id + "/send").json(Json.createObjectBuilder().build()).send()
                .status()).isEqualTo(202);

        EngagementIT.awaitReceived(addresses, 10);
        String sending = processSending("newsletter-send");
        CommunaInstance victim = sending.equals("c1") ? one : two;
        CommunaInstance survivor = victim == one ? two : one;
        victim.kill();
        int beforeKill = EngagementIT.received(addresses).size();
        assertThat(beforeKill).as("killed in the middle").isBetween(10, recipients - 1);

        Scenario.Session onSurvivor = new Scenario.Session(survivor.http(), host, admin.cookie(), admin.csrf(), admin.setCookie());
        JsonObject done = EngagementIT.awaitState(onSurvivor, id, "sent");
        JsonObject progress = done.getJsonObject("progress");
        List<String> got = EngagementIT.received(addresses);
        assertThat(got).as("nobody twice").doesNotHaveDuplicates();
        // at most the one e-mail in the hands of the mail server when the process died is of unknown fate
        assertThat(progress.getInt("unknown")).as(done.toString()).isLessThanOrEqualTo(1);
        assertThat(progress.getInt("sent") + progress.getInt("unknown")).as(done.toString()).isEqualTo(recipients);
        assertThat(got.size()).isBetween(recipients - 1, recipients);
        System.out.println("[cluster] newsletter: " + beforeKill + " sent before " + sending + " was killed, "
                + progress.getInt("sent") + " sent in all, " + progress.getInt("unknown") + " unknown");
        if (victim == one) {
            one = null;
        } else {
            two = null;
        }
    }

    @Test
    @Order(9)
    void aProcessThatCannotReachItsDatabaseSaysWhyAndStops() throws Exception {
        int closedPort = TestInfrastructure.freePort();
        // a supervisor (systemd, Docker, an orchestrator) sees the failure and starts it again later
        String log = CommunaInstance.startFailing("e", Map.of("COMMUNA_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/communa"));
        assertThat(log).contains("Communa cannot start: ").contains("127.0.0.1:" + closedPort).contains("this process stops (status 1)");
    }

    /** The process holding a job of this type now, as the job table says. */
    private static String processSending(String task) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        try (Connection c = TestInfrastructure.admin(CommunaInstance.database("c"));
                PreparedStatement q = c.prepareStatement("select picked_by from scheduled_tasks where task_name = ? and picked")) {
            q.setString(1, task);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no process took the job " + task);
    }

    /** Remote actors following the organisation, each with an inbox of its own at this base address. */
    private static void seedFollowers(UUID organisation, String base, int n) throws Exception {
        try (Connection c = TestInfrastructure.admin(CommunaInstance.database("c"));
                PreparedStatement actor = c.prepareStatement(
                        "insert into federation_remote_actors (tenant_id, actor_id, inbox) values (?, ?, ?)");
                PreparedStatement follower = c.prepareStatement(
                        "insert into federation_followers (tenant_id, local_actor, remote_actor) values (?, '/actors/organisation', ?)")) {
            for (int i = 0; i < n; i++) {
                String id = base + "/users/follower" + i;
                actor.setObject(1, organisation);
                actor.setString(2, id);
                actor.setString(3, id + "/inbox");
                actor.addBatch();
                follower.setObject(1, organisation);
                follower.setString(2, id);
                follower.addBatch();
            }
            actor.executeBatch();
            follower.executeBatch();
        }
    }

    private static JsonObject awaitCluster(CommunaInstance process, int processes) {
        JsonObject[] cluster = new JsonObject[1];
        await(() -> {
            cluster[0] = process.http().system("GET", "api/system/cluster").send().json();
            return cluster[0].getJsonArray("processes").size() == processes && cluster[0].getJsonArray("moduleDifferences").isEmpty();
        }, Duration.ofSeconds(30), () -> "the cluster did not show " + processes + " processes alike: " + cluster[0]);
        return cluster[0];
    }

    private static void awaitModule(CommunaInstance process, String module, boolean active) {
        await(() -> process.http().system("GET", "api/system/modules").send().body().contains("\"module\":\"" + module + "\"") == active,
                Duration.ofSeconds(20), () -> process.name() + " did not " + (active ? "activate " : "remove ") + module);
    }

    private static void awaitStatus(Scenario.Session session, String path, int status, Duration within) {
        await(() -> session.call("GET", path).send().status() == status, within, () -> path + " did not answer " + status);
    }

    private static void awaitBody(Http http, String host, String path, String expected, Duration within) {
        await(() -> http.to(host, "GET", path).send().body().contains(expected), within, () -> path + " did not show " + expected);
    }

    /** Asks until the condition holds, every 50 ms, for at most WITHIN. */
    private static void await(java.util.function.BooleanSupplier condition, Duration within,
            java.util.function.Supplier<String> failure) {
        Instant deadline = Instant.now().plus(within);
        do {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(50);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(failure.get() + " within " + within);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
