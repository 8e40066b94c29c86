package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Federation with software we did not write, over real HTTP on loopback: Fedify servers of both maintained
 * lines (1.5 on Node 20, 2.3 on Node 22) follow a space of a Communa instance running as operators run it,
 * receive its proposals, and reply. The instance publishes ids with its real port, which is why it is not
 * the Arquillian-managed server of the other tests.
 */
class InteropIT {

    static CommunaInstance a;

    @BeforeAll
    static void startInstance() throws Exception {
        a = CommunaInstance.start("a");
    }

    @AfterAll
    static void stopInstance() {
        if (a != null) {
            a.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FedifyPeer.Line.class)
    void aFedifyServerFollowsASpaceReceivesItsProposalsAndItsReplyBecomesAComment(FedifyPeer.Line line) throws Exception {
        Http http = a.http();
        Scenario scenario = new Scenario(http);
        String host = "127.0.0." + (2 + line.ordinal());
        Scenario.Session admin = scenario.admin(scenario.organisationAt("fedify", host));
        String component = Scenario.consultation(admin, "budget", "Budget de l'eau");
        String base = "http://" + host + ":" + a.port();
        String space = base + "/actors/spaces/budget";

        try (FedifyPeer peer = FedifyPeer.start(line)) {
            // Fedify finds the space by its handle, follows it, and accepts our signed Accept
            JsonObject follow = peer.follow("budget@" + host + ":" + a.port());
            assertThat(follow.getString("actor")).isEqualTo(space);
            assertThat(follow.getString("name")).isEqualTo("Budget de l'eau");
            JsonObject accept = Await.until("an Accept verified by Fedify", () -> received(peer, "Accept"), peer::received);
            assertThat(accept.getString("actor")).isEqualTo(space);
            Await.until("the follower recorded", () -> http.to(host, "GET", "actors/spaces/budget/followers")
                    .header("Accept", "application/activity+json").send().json().getInt("totalItems") == 1);

            // a participant publishes a proposal: Fedify receives a Page, signed by the space
            Scenario.Session author = scenario.signIn(host, scenario.participant(host, "camille"), Scenario.PASSWORD);
            String path = "api/spaces/budget/c/" + component;
            String proposal = Scenario.created(author.call("POST", path + "/proposals").json(Json.createObjectBuilder()
                    .add("title", "Des fontaines dans les parcs").add("body", "Une fontaine par parc.").build()).send()).getString("id");
            assertThat(author.call("POST", path + "/proposals/" + proposal + "/publish").send().status()).isEqualTo(200);
            JsonObject create = Await.until("a Create verified by Fedify", () -> received(peer, "Create"), peer::received);
            JsonObject page = create.getJsonObject("object");
            String objectId = base + "/objects/" + component + "/proposal/" + proposal;
            assertThat(page.getString("type")).isEqualTo("Page");
            assertThat(page.getString("id")).isEqualTo(objectId);
            assertThat(page.getString("name")).isEqualTo("Des fontaines dans les parcs");
            assertThat(create.getString("actor")).isEqualTo(space);

            // Fedify's user replies: the reply becomes a comment by that user
            peer.reply(space, objectId, "<p>Bonne idée&nbsp;!</p>");
            JsonObject comment = Await.until("the reply as a comment", () -> http.to(host, "GET", path + "/r/proposal/" + proposal + "/comments")
                    .send().json().getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst(), () -> "no comment");
            assertThat(comment.getString("body")).isEqualTo("Bonne idée !");
            assertThat(comment.toString()).contains("Fedify peer");

            // every request Fedify sent us was accepted at the first try, in the scheme its line signs with
            JsonArray sent = peer.sent();
            assertThat(sent).isNotEmpty();
            for (JsonValue request : sent) {
                assertThat(request.asJsonObject().getInt("status")).as(request.toString()).isEqualTo(202);
                assertThat(request.asJsonObject().getString("scheme")).isEqualTo(line == FedifyPeer.Line.V1 ? "draft-cavage-12" : "rfc9421");
            }
        }
    }

    @Test
    void anotherCommunaInstanceFollowsAConsultationAndItsParticipantsTakePartFromThere() throws Exception {
        Http httpA = a.http();
        Scenario onA = new Scenario(httpA);
        String hostA = "127.0.0.5";
        Scenario.Session adminA = onA.admin(onA.organisationAt("origin", hostA));
        String component = Scenario.consultation(adminA, "budget", "Budget de l'eau");
        Http.Reply policy = adminA.call("PUT", "api/admin/federation/policy").json(Json.createObjectBuilder().add("remoteSupports", true).build()).send();
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        Scenario.Session author = onA.signIn(hostA, onA.participant(hostA, "camille"), Scenario.PASSWORD);
        String path = "api/spaces/budget/c/" + component;
        String before = publish(author, path, "Des arbres le long du canal", "Cent arbres plantés le long du canal.");
        String baseA = "http://" + hostA + ":" + a.port();
        String proposals = baseA + "/objects/" + component + "/proposal/";

        try (CommunaInstance b = CommunaInstance.start("b")) {
            Http httpB = b.http();
            Scenario onB = new Scenario(httpB);
            String hostB = "127.0.0.6";
            JsonObject organisationB = onB.organisationAt("follower", hostB);
            Scenario.Session adminB = onB.admin(organisationB);

            // B's admin subscribes by handle: A accepts, and what A published before appears on B
            Http.Reply subscribed = adminB.call("POST", "api/admin/federation/subscriptions").json(Json.createObjectBuilder()
                    .add("handle", "budget@" + hostA + ":" + a.port()).build()).send();
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
            String subscription = subscribed.json().getString("id");
            assertThat(subscribed.json().getString("name")).isEqualTo("Budget de l'eau");
            assertThat(subscribed.json().getString("origin")).isEqualTo(hostA + ":" + a.port());
            assertThat(subscribed.json().getString("phase")).isEqualTo("Idées");
            Await.until("A accepted B's follow", () -> adminB.call("GET", "api/admin/federation/subscriptions").send().body()
                    .contains("\"state\":\"accepted\""));
            String consultation = "api/federated/" + subscription;
            Await.until("the earlier proposal on B", () -> item(httpB, hostB, consultation, proposals + before).isPresent());
            assertThat(adminB.call("POST", "api/admin/federation/subscriptions").json(Json.createObjectBuilder()
                    .add("handle", "budget@" + hostA + ":" + a.port()).build()).send().status()).isEqualTo(409);
            assertThat(adminB.call("POST", "api/admin/federation/subscriptions").json(Json.createObjectBuilder()
                    .add("handle", "not a handle").build()).send().status()).isEqualTo(400);

            // a new proposal on A reaches B, and B's organisation re-shares it with its own followers (here a Fedify server)
            String fresh;
            JsonObject arrived;
            try (FedifyPeer fediverse = FedifyPeer.start(FedifyPeer.Line.V2)) {
                fediverse.follow(organisationB.getString("slug") + "@" + hostB + ":" + b.port());
                Await.until("B's Accept at the Fedify follower", () -> received(fediverse, "Accept"), fediverse::received);
                fresh = publish(author, path, "Une fontaine place du marché", "Eau potable pour tous.");
                String freshId = proposals + fresh;
                arrived = Await.until("the new proposal on B", () -> item(httpB, hostB, consultation, freshId),
                        () -> httpB.to(hostB, "GET", consultation).send().body());
                JsonObject announce = Await.until("B's Announce at the Fedify follower", () -> received(fediverse, "Announce"),
                        fediverse::received);
                assertThat(announce.getString("object")).isEqualTo(freshId);
                assertThat(announce.getString("actor")).isEqualTo("http://" + hostB + ":" + b.port() + "/actors/organisation");
            }
            assertThat(arrived.getString("content")).isEqualTo("<p>Eau potable pour tous.</p>");
            assertThat(arrived.getString("url")).startsWith(baseA + "/processes/budget/c/" + component);
            assertThat(author.call("PUT", path + "/proposals/" + fresh).json(Json.createObjectBuilder()
                    .add("title", "Deux fontaines place du marché").add("body", "Eau potable pour tous.").build()).send().status()).isEqualTo(200);
            Await.until("the edit on B", () -> item(httpB, hostB, consultation, proposals + fresh)
                    .map(json -> json.getString("name").equals("Deux fontaines place du marché")).orElse(false));

            // a project of a participatory budget in the same space reaches B too
            String spaceId = httpA.to(hostA, "GET", "api/spaces/budget").send().json().getString("id");
            String budgets = Scenario.created(adminA.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                    .add("module", "budgets").add("name", Scenario.titled("Vote")).add("published", true).build()).send()).getString("id");
            String budgetsPath = "api/spaces/budget/c/" + budgets + "/admin/budgets";
            String budget = Scenario.created(adminA.call("POST", budgetsPath).json(Json.createObjectBuilder().add("title", "Budget de l'eau 2026")
                    .add("envelope", 250000).build()).send()).getString("id");
            String project = Scenario.created(adminA.call("POST", budgetsPath + "/" + budget + "/projects").json(Json.createObjectBuilder()
                    .add("title", "Rénover le lavoir").add("cost", 40000).add("description", "Toiture et bassin.").build()).send()).getString("id");
            JsonObject projectOnB = Await.until("the project on B", () -> item(httpB, hostB, consultation,
                    baseA + "/objects/" + budgets + "/project/" + project), () -> httpB.to(hostB, "GET", consultation).send().body());
            assertThat(projectOnB.getString("name")).isEqualTo("Rénover le lavoir");
            assertThat(projectOnB.getString("content")).isEqualTo("<p>Toiture et bassin.</p>");

            // the site of B shows it as a federated consultation, with its origin
            String page = httpB.to(hostB, "GET", "federated/" + subscription).header("Accept", "text/html").send().body();
            assertThat(page).contains("Deux fontaines place du marché").contains("Consultation fédérée").contains(hostA + ":" + a.port());

            // a participant of B replies and supports from B, under a fediverse identity chosen first
            Scenario.Session dominique = onB.signIn(hostB, onB.participant(hostB, "dominique"), Scenario.PASSWORD);
            String objectId = baseA + "/objects/" + component + "/proposal/" + fresh;
            Http.Reply refused = dominique.call("POST", "api/federated/replies").json(Json.createObjectBuilder().add("object", objectId)
                    .add("body", "Et une pour les chiens ?").build()).send();
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).contains("fediverse identity");
            assertThat(dominique.call("PUT", "api/federated/identity").json(Json.createObjectBuilder().add("public", true).build()).send()
                    .json().getString("actor")).startsWith("http://" + hostB + ":" + b.port() + "/actors/people/");
            Http.Reply reply = dominique.call("POST", "api/federated/replies").json(Json.createObjectBuilder().add("object", objectId)
                    .add("body", "Et une pour les chiens ?").build()).send();
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(dominique.call("POST", "api/federated/supports").json(Json.createObjectBuilder().add("object", objectId).build())
                    .send().status()).isEqualTo(201);
            JsonObject comment = Await.until("the reply as a comment on A", () -> httpA.to(hostA, "GET", path + "/r/proposal/" + fresh + "/comments")
                    .send().json().getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst(), () -> "no comment");
            assertThat(comment.getString("body")).isEqualTo("Et une pour les chiens ?");
            assertThat(comment.toString()).contains("dominique");
            Await.until("the support counted on A", () -> httpA.to(hostA, "GET", "objects/" + component + "/proposal/" + fresh)
                    .header("Accept", "application/activity+json").send().json().getJsonObject("likes").getInt("totalItems") == 1);
            Await.until("the reply back on B from A", () -> item(httpB, hostB, consultation, proposals + fresh)
                    .map(json -> json.getJsonArray("replies").toString().contains("Et une pour les chiens ?")).orElse(false));

            // a withdrawal on A shows on B
            assertThat(author.call("POST", path + "/proposals/" + before + "/withdraw").send().status()).isEqualTo(200);
            Await.until("the withdrawal on B", () -> item(httpB, hostB, consultation, proposals + before)
                    .map(json -> json.getString("state").equals("withdrawn")).orElse(false));
            assertThat(httpB.to(hostB, "GET", "federated/" + subscription).send().body()).contains("Retirée");

            // the participant of B deletes their account: their reply is taken back on A
            assertThat(dominique.call("POST", "api/account/deletion").json(Json.createObjectBuilder().add("password", Scenario.PASSWORD)
                    .build()).send().status()).isEqualTo(204);
            Await.until("the reply deleted on A", () -> httpA.to(hostA, "GET", path + "/r/proposal/" + fresh + "/comments").send().json()
                    .getJsonArray("items").getJsonObject(0).getBoolean("deleted", false));

            // A's moderators hide the proposal: it is deleted on B
            assertThat(adminA.call("POST", "api/admin/moderation/" + component + "/proposal/" + fresh + "/hide").send().status()).isEqualTo(204);
            Await.until("the deletion on B", () -> item(httpB, hostB, consultation, proposals + fresh).isEmpty());

            // the consultation moves on to its vote on A: B shows the phase it is in
            String vote = Scenario.created(adminA.call("POST", "api/admin/spaces/" + spaceId + "/phases").json(Json.createObjectBuilder()
                    .add("title", Scenario.titled("Vote")).build()).send()).getString("id");
            assertThat(adminA.call("POST", "api/admin/spaces/" + spaceId + "/phases/" + vote + "/activate").send().status()).isEqualTo(200);
            Await.until("the new phase on B", () -> httpB.to(hostB, "GET", consultation).send().json().getString("phase").equals("Vote"));
            assertThat(httpB.to(hostB, "GET", "federated/" + subscription).send().body()).contains("Vote");

            // B's admin unsubscribes: the consultation leaves B's site
            assertThat(adminB.call("DELETE", "api/admin/federation/subscriptions/" + subscription).send().status()).isEqualTo(204);
            assertThat(httpB.to(hostB, "GET", consultation).send().status()).isEqualTo(404);
            Await.until("B's organisation no longer among the space's followers on A", () -> httpA.to(hostA, "GET", "actors/spaces/budget/followers")
                    .header("Accept", "application/activity+json").send().json().getInt("totalItems") == 0);
        }
    }

    private static String publish(Scenario.Session author, String path, String title, String body) {
        String id = Scenario.created(author.call("POST", path + "/proposals").json(Json.createObjectBuilder()
                .add("title", title).add("body", body).build()).send()).getString("id");
        assertThat(author.call("POST", path + "/proposals/" + id + "/publish").send().status()).isEqualTo(200);
        return id;
    }

    /** The item of a federated consultation as B's API shows it. */
    private static Optional<JsonObject> item(Http http, String host, String consultation, String id) {
        return http.to(host, "GET", consultation).send().json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(id)).findFirst();
    }

    @Test
    void activityPubTestingFindsOurActorsConformant() throws Exception {
        Http http = a.http();
        Scenario scenario = new Scenario(http);
        String host = "127.0.0.4";
        Scenario.consultation(scenario.admin(scenario.organisationAt("suite", host)), "budget", "Budget de l'eau");
        String base = "http://" + host + ":" + a.port();
        Path prefix = NpmPackages.install(Path.of("target", "activitypub-testing"), "activitypub-testing/src/cli.js",
                "activitypub-testing@0.16.1");
        Map<String, List<String>> outcomes = new TreeMap<>();
        for (String actor : List.of("/actors/organisation", "/actors/spaces/budget")) {
            Path report = Path.of("target", "failsafe-reports", "activitypub-testing" + actor.replace('/', '-') + ".jsonl");
            Files.createDirectories(report.getParent());
            Process run = new ProcessBuilder("node", prefix.resolve("node_modules/activitypub-testing/src/cli.js").toString(),
                    "test", "actor", base + actor).redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("activitypub-testing finished").isTrue();
            for (String line : Files.readAllLines(report)) {
                JsonObject assertion = Json.createReader(new StringReader(line)).readObject();
                outcomes.computeIfAbsent(assertion.getJsonObject("result").getString("outcome"), k -> new ArrayList<>())
                        .add(actor + " " + assertion.getJsonObject("test").getString("slug") + ": "
                                + assertion.getJsonObject("result").getString("info", ""));
            }
        }
        // the suite's client-to-server tests (POST to an outbox) do not apply: Communa's clients use its own API
        assertThat(outcomes.keySet()).as(outcomes.toString()).containsOnly("passed", "inapplicable");
        assertThat(outcomes.get("passed")).as(outcomes.toString()).hasSize(12).contains(
                "/actors/spaces/budget actor-must-serve-as2-object-to-get: ", "/actors/spaces/budget inbox-must-be-an-orderedcollection: ",
                "/actors/spaces/budget outbox-must-be-an-orderedcollection: ", "/actors/organisation followers-collection-must-be-a-collection: ");
    }

    private static Optional<JsonObject> received(FedifyPeer peer, String type) {
        return peer.received().stream().map(JsonValue::asJsonObject).filter(activity -> type.equals(activity.getString("type", "")))
                .findFirst();
    }
}
