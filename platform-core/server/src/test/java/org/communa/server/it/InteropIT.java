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
