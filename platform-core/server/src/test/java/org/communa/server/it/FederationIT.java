package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.communa.federation.signatures.KeyResolver;
import org.communa.federation.signatures.PemKeys;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.federation.signatures.SignatureScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ActivityPub over real HTTP: discovery (WebFinger, NodeInfo, actors, content negotiation), a fediverse
 * server on loopback following a space, receiving a new proposal signed by the space, replying, and the
 * reply becoming a comment; and the inbox refusing what it must refuse without storing anything.
 */
class FederationIT extends ServerIT {

    Http http;
    Scenario scenario;
    String host;
    String base;
    String spaceActorPath = "/actors/spaces/budget";
    FediversePeer peer;
    Scenario.Session admin;
    String component;

    @BeforeEach
    void consultation() throws Exception {
        http = http();
        scenario = scenario();
        JsonObject org = scenario.organisation("fedi");
        host = org.getString("primaryHost");
        admin = scenario.admin(org);
        component = Scenario.consultation(admin, "budget", "Budget de l'eau");
        base = "http://" + host;
        peer = new FediversePeer(ourKeys());
    }

    @AfterEach
    void stopPeer() {
        peer.close();
    }

    /** How the peer finds this organisation's keys: by fetching the actor that owns them, like any server. */
    private KeyResolver ourKeys() {
        return (keyId, fresh) -> {
            if (!keyId.startsWith(base + "/actors/")) {
                throw new SignatureRefused("not a key of " + host + ": " + keyId);
            }
            String path = keyId.substring(base.length(), keyId.indexOf('#'));
            JsonObject actor = http.to(host, "GET", path).header("Accept", "application/activity+json").send().json();
            return PemKeys.publicKey(actor.getJsonObject("publicKey").getString("publicKeyPem"));
        };
    }

    @Test
    void fediverseFindsTheOrganisationAndItsSpacesByHandleAndAddress() {
        Http.Reply finger = http.to(host, "GET", ".well-known/webfinger?resource=acct:budget@" + host).send();
        assertThat(finger.status()).as(finger.body()).isEqualTo(200);
        assertThat(finger.contentType()).startsWith("application/jrd+json");
        assertThat(finger.json().getString("subject")).isEqualTo("acct:budget@" + host);
        JsonObject self = finger.json().getJsonArray("links").getJsonObject(0);
        assertThat(self.getString("type")).isEqualTo("application/activity+json");
        assertThat(self.getString("href")).isEqualTo(base + spaceActorPath);

        JsonObject space = activity(spaceActorPath);
        assertThat(space.getString("type")).isEqualTo("Group");
        assertThat(space.getString("preferredUsername")).isEqualTo("budget");
        assertThat(space.getString("name")).isEqualTo("Budget de l'eau");
        assertThat(space.getString("inbox")).isEqualTo(base + spaceActorPath + "/inbox");
        assertThat(space.getJsonObject("endpoints").getString("sharedInbox")).isEqualTo(base + "/inbox");
        assertThat(space.getJsonObject("publicKey").getString("publicKeyPem")).startsWith("-----BEGIN PUBLIC KEY-----");

        // the same addresses serve people (HTML) and servers (the actor)
        Http.Reply home = http.to(host, "GET", "").header("Accept", "application/activity+json").send();
        assertThat(home.json().getString("type")).isEqualTo("Organization");
        assertThat(home.json().getString("id")).isEqualTo(base + "/actors/organisation");
        assertThat(http.to(host, "GET", "processes/budget").header("Accept", "application/activity+json").send().json().getString("id"))
                .isEqualTo(base + spaceActorPath);
        assertThat(http.to(host, "GET", "processes/budget").header("Accept", "text/html").send().contentType()).startsWith("text/html");

        Http.Reply nodeInfoLinks = http.to(host, "GET", ".well-known/nodeinfo").send();
        assertThat(nodeInfoLinks.json().getJsonArray("links").getJsonObject(0).getString("href")).isEqualTo(base + "/nodeinfo/2.1");
        JsonObject nodeInfo = http.to(host, "GET", "nodeinfo/2.1").send().json();
        assertThat(nodeInfo.getString("version")).isEqualTo("2.1");
        assertThat(nodeInfo.getJsonObject("software").getString("name")).isEqualTo("communa");
        assertThat(nodeInfo.getJsonArray("protocols").getString(0)).isEqualTo("activitypub");

        assertThat(http.to(host, "GET", ".well-known/webfinger?resource=acct:nobody@" + host).send().status()).isEqualTo(404);
        assertThat(http.to(host, "GET", ".well-known/webfinger?resource=acct:budget@elsewhere.example").send().status()).isEqualTo(404);
        assertThat(http.to(host, "GET", ".well-known/webfinger").send().status()).isEqualTo(400);
    }

    @Test
    void aFollowerReceivesNewProposalsSignedByTheSpaceAndItsReplyBecomesAComment() throws Exception {
        // the peer follows the space (draft-cavage signature): accepted with a signed Accept
        String followId = peer.actorId() + "/follows/" + UUID.randomUUID();
        Http.Reply follow = deliver(SignatureScheme.DRAFT_CAVAGE, spaceActorPath + "/inbox", Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/activitystreams").add("id", followId).add("type", "Follow")
                .add("actor", peer.actorId()).add("object", base + spaceActorPath).build());
        assertThat(follow.status()).as(follow.body()).isEqualTo(202);
        FediversePeer.Delivery accept = awaitDelivery(d -> "Accept".equals(d.activity().getString("type")));
        assertThat(accept.refusal()).isNull();
        assertThat(accept.verifiedKeyId()).isEqualTo(base + spaceActorPath + "#main-key");
        assertThat(accept.activity().getJsonObject("object").getString("id")).isEqualTo(followId);
        assertThat(activity(spaceActorPath + "/followers").getInt("totalItems")).isEqualTo(1);

        // a participant publishes a proposal: the follower receives a Create of a Page, signed by the space
        Scenario.Session author = scenario.signIn(host, scenario.participant(host, "camille"), Scenario.PASSWORD);
        String path = "api/spaces/budget/c/" + component;
        String proposal = Scenario.created(author.call("POST", path + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Des fontaines dans les cours d'école").add("body", "Une fontaine par école.\n\nEau du réseau.").build()).send())
                .getString("id");
        assertThat(author.call("POST", path + "/proposals/" + proposal + "/publish").send().status()).isEqualTo(200);
        FediversePeer.Delivery create = awaitDelivery(d -> "Create".equals(d.activity().getString("type"))
                && d.activity().get("object") instanceof JsonObject created && "Page".equals(created.getString("type", "")));
        assertThat(create.refusal()).isNull();
        JsonObject page = create.activity().getJsonObject("object");
        String objectId = base + "/objects/" + component + "/proposal/" + proposal;
        assertThat(page.getString("type")).isEqualTo("Page");
        assertThat(page.getString("id")).isEqualTo(objectId);
        assertThat(page.getString("name")).isEqualTo("Des fontaines dans les cours d'école");
        assertThat(page.getString("content")).isEqualTo("<p>Une fontaine par école.</p><p>Eau du réseau.</p>");
        assertThat(create.activity().getString("actor")).isEqualTo(base + spaceActorPath);
        assertThat(activity(spaceActorPath + "/outbox").getInt("totalItems")).isEqualTo(1);
        assertThat(http.to(host, "GET", "objects/" + component + "/proposal/" + proposal).header("Accept", "application/activity+json")
                .send().json().getString("name")).isEqualTo("Des fontaines dans les cours d'école");

        // the peer replies (RFC 9421 signature): the reply is a comment by the remote author
        String noteId = peer.actorId() + "/notes/" + UUID.randomUUID();
        Http.Reply reply = deliver(SignatureScheme.RFC_9421, "/inbox", Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/activitystreams").add("id", noteId + "/activity").add("type", "Create")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", noteId).add("type", "Note")
                        .add("attributedTo", peer.actorId()).add("inReplyTo", objectId)
                        .add("content", "<p>Bonne idée, <b>et</b> des gourdes&nbsp;!</p><script>alert(1)</script>")).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonObject comment = awaitComment(path + "/r/proposal/" + proposal + "/comments");
        assertThat(comment.getString("body")).isEqualTo("Bonne idée, et des gourdes !alert(1)");
        assertThat(comment.toString()).contains("Alice Martin");

        // the author edits the proposal: the follower receives an Update
        Http.Reply edit = author.call("PUT", path + "/proposals/" + proposal).json(Json.createObjectBuilder()
                .add("title", "Des fontaines dans toutes les cours d'école").add("body", "Une fontaine par école.").build()).send();
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        // only the proposal's Update: the space's own Update (its actor, after a phase change) may come any time
        FediversePeer.Delivery update = awaitDelivery(d -> "Update".equals(d.activity().getString("type"))
                && d.activity().get("object") instanceof JsonObject changed && objectId.equals(changed.getString("id", "")));
        assertThat(update.activity().getJsonObject("object").getString("name")).isEqualTo("Des fontaines dans toutes les cours d'école");

        // a meeting of the space goes out as an Event with the fields Mobilizon reads, without its private online link
        String spaceId = http.to(host, "GET", "api/spaces/budget").send().json().getString("id");
        String meetings = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", "meetings").add("name", Scenario.titled("Ateliers")).add("published", true).build()).send()).getString("id");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2027-03-04T18:30:00+01:00");
        String meeting = Scenario.created(admin.call("POST", "api/spaces/budget/c/" + meetings + "/admin/meetings").json(Json.createObjectBuilder()
                .add("title", "Atelier eau et climat").add("description", "Avec les agents du service de l'eau.").add("kind", "hybrid")
                .add("address", "Salle des fêtes, Nantes").add("onlineUrl", "https://visio.example/eau").add("capacity", 40)
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString()).build()).send()).getString("id");
        FediversePeer.Delivery event = awaitDelivery(d -> "Create".equals(d.activity().getString("type"))
                && "Event".equals(d.activity().getJsonObject("object").getString("type")));
        JsonObject meetingObject = event.activity().getJsonObject("object");
        assertThat(meetingObject.getString("id")).isEqualTo(base + "/objects/" + meetings + "/meeting/" + meeting);
        assertThat(meetingObject.getString("name")).isEqualTo("Atelier eau et climat");
        assertThat(java.time.OffsetDateTime.parse(meetingObject.getString("startTime")).toInstant()).isEqualTo(start.toInstant());
        assertThat(meetingObject.getJsonObject("location").getString("name")).isEqualTo("Salle des fêtes, Nantes");
        assertThat(meetingObject.getInt("maximumAttendeeCapacity")).isEqualTo(40);
        assertThat(meetingObject.getString("joinMode")).isEqualTo("free");
        assertThat(meetingObject.toString()).doesNotContain("visio.example");

        // a one-question survey goes out as a poll (Question) when opened; the peer votes as Mastodon does (a Note named after the option)
        String surveys = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", "surveys").add("name", Scenario.titled("Sondages")).add("published", true).build()).send()).getString("id");
        String poll = Scenario.created(admin.call("POST", "api/spaces/budget/c/" + surveys + "/admin/surveys").json(Json.createObjectBuilder()
                .add("title", "Quel jour pour l'atelier ?").add("questionnaire", Json.createObjectBuilder().add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "jour").add("type", "single_choice").add("text", "Quel jour vous convient ?")
                                .add("choices", Json.createArrayBuilder().add("Mardi").add("Jeudi"))))).build()).send()).getString("id");
        assertThat(admin.call("POST", "api/spaces/budget/c/" + surveys + "/admin/surveys/" + poll + "/open").send().status()).isEqualTo(200);
        FediversePeer.Delivery question = awaitDelivery(d -> "Create".equals(d.activity().getString("type"))
                && "Question".equals(d.activity().getJsonObject("object").getString("type")));
        String pollId = base + "/objects/" + surveys + "/survey/" + poll;
        assertThat(question.activity().getJsonObject("object").getString("id")).isEqualTo(pollId);
        assertThat(question.activity().getJsonObject("object").getJsonArray("oneOf").getJsonObject(1).getString("name")).isEqualTo("Jeudi");
        String voteId = peer.actorId() + "/votes/" + UUID.randomUUID();
        assertThat(deliver(SignatureScheme.RFC_9421, "/inbox", Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/activitystreams").add("id", voteId + "/activity").add("type", "Create")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", voteId).add("type", "Note")
                        .add("attributedTo", peer.actorId()).add("inReplyTo", pollId).add("name", "Jeudi")).build()).status()).isEqualTo(202);
        awaitUntil(() -> http.to(host, "GET", "objects/" + surveys + "/survey/" + poll).header("Accept", "application/activity+json").send().json()
                .getInt("votersCount") == 1);
        JsonObject counted = http.to(host, "GET", "objects/" + surveys + "/survey/" + poll).header("Accept", "application/activity+json").send().json();
        assertThat(counted.getJsonArray("oneOf").getJsonObject(1).getJsonObject("replies").getInt("totalItems")).isEqualTo(1);
        assertThat(admin.call("GET", "api/spaces/budget/c/" + surveys + "/surveys/" + poll + "/results").send().json()
                .getJsonArray("questions").getJsonObject(0).getJsonArray("counts").getJsonObject(1).getInt("count")).isEqualTo(1);

        // the peer takes its reply back: the comment is deleted
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/activitystreams").add("id", noteId + "/delete").add("type", "Delete")
                .add("actor", peer.actorId()).add("object", noteId).build()).status()).isEqualTo(202);
        awaitUntil(() -> http.to(host, "GET", path + "/r/proposal/" + proposal + "/comments").send().json().getJsonArray("items")
                .getJsonObject(0).getBoolean("deleted", false));

        // Undo Follow: no follower left
        assertThat(deliver(SignatureScheme.RFC_9421, spaceActorPath + "/inbox", Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/activitystreams").add("id", followId + "/undo").add("type", "Undo")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", followId).add("type", "Follow")
                        .add("actor", peer.actorId()).add("object", base + spaceActorPath)).build()).status()).isEqualTo(202);
        awaitUntil(() -> activity(spaceActorPath + "/followers").getInt("totalItems") == 0);
    }

    @Test
    void theInboxRefusesBadInputAndStoresNothingFromIt() {
        JsonObject follow = Json.createObjectBuilder().add("id", peer.actorId() + "/follows/1").add("type", "Follow")
                .add("actor", peer.actorId()).add("object", base + spaceActorPath).build();
        byte[] body = follow.toString().getBytes(StandardCharsets.UTF_8);
        String inbox = spaceActorPath + "/inbox";

        Http.Reply unsigned = http.to(host, "POST", inbox).bytes(body, "application/activity+json").send();
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.contentType()).startsWith("application/problem+json");
        assertThat(unsigned.json().getString("detail")).contains("not signed");

        assertThat(http.to(host, "POST", inbox).bytes("{not json".getBytes(StandardCharsets.UTF_8), "application/activity+json").send().status())
                .isEqualTo(400);
        assertThat(http.to(host, "POST", inbox).bytes("[1,2]".getBytes(StandardCharsets.UTF_8), "application/activity+json").send().status())
                .isEqualTo(400);

        // a signature over another body: the digest does not match
        Map<String, String> signedOther = peer.sign(SignatureScheme.DRAFT_CAVAGE, "POST", URI.create(signedBase() + inbox), "{}".getBytes(StandardCharsets.UTF_8));
        Http.Reply tampered = withHeaders(http.to(host, "POST", inbox), signedOther).bytes(body, "application/activity+json").send();
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.json().getString("detail")).contains("does not match the body");

        // the same signed request twice: the second is a replay
        Map<String, String> signed = peer.sign(SignatureScheme.RFC_9421, "POST", URI.create(signedBase() + inbox), body);
        assertThat(withHeaders(http.to(host, "POST", inbox), signed).bytes(body, "application/activity+json").send().status()).isEqualTo(202);
        Http.Reply replay = withHeaders(http.to(host, "POST", inbox), signed).bytes(body, "application/activity+json").send();
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().getString("detail")).contains("replay");

        // an actor claiming to be someone else than the signer
        JsonObject impostor = Json.createObjectBuilder(follow).add("id", "http://elsewhere.example/follows/2")
                .add("actor", "http://elsewhere.example/users/mallory").build();
        Http.Reply claimed = deliver(SignatureScheme.DRAFT_CAVAGE, inbox, impostor);
        assertThat(List.of(401, 202)).contains(claimed.status());
        assertThat(claimed.status()).isNotEqualTo(500);

        // 2,000 mutated activities, correctly signed: never a 500
        Random random = new Random(7);
        String text = follow.toString();
        for (int i = 0; i < 2000; i++) {
            StringBuilder mutated = new StringBuilder(text);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(mutated.length());
                mutated.setCharAt(at, "{}[]\":,x0 \\".charAt(random.nextInt(11)));
            }
            byte[] bytes = mutated.toString().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = peer.sign(SignatureScheme.DRAFT_CAVAGE, "POST", URI.create(signedBase() + inbox), bytes);
            int status = withHeaders(http.to(host, "POST", inbox), headers).bytes(bytes, "application/activity+json").send().status();
            assertThat(status).as(mutated.toString()).isIn(202, 400, 401);
        }

        // 1,000 mutated signatures (a Follow of the organisation, both schemes): each refused, nothing stored
        byte[] followOrganisation = Json.createObjectBuilder().add("id", peer.actorId() + "/follows/organisation").add("type", "Follow")
                .add("actor", peer.actorId()).add("object", base + "/actors/organisation").build().toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            SignatureScheme scheme = i % 2 == 0 ? SignatureScheme.DRAFT_CAVAGE : SignatureScheme.RFC_9421;
            Map<String, String> headers = new java.util.HashMap<>(peer.sign(scheme, "POST", URI.create(signedBase() + "/inbox"), followOrganisation));
            String signature = headers.get("Signature");
            int from = scheme == SignatureScheme.DRAFT_CAVAGE ? signature.indexOf("signature=\"") + 11 : signature.indexOf(':') + 1;
            int to = scheme == SignatureScheme.DRAFT_CAVAGE ? signature.indexOf('"', from) : signature.lastIndexOf(':');
            StringBuilder mutated = new StringBuilder(signature);
            int at = from + random.nextInt(to - from);
            char replaced = mutated.charAt(at);
            mutated.setCharAt(at, replaced == 'A' ? 'B' : 'A');
            headers.put("Signature", mutated.toString());
            Http.Reply reply = withHeaders(http.to(host, "POST", "/inbox"), headers).bytes(followOrganisation, "application/activity+json").send();
            assertThat(reply.status()).as(mutated + " " + reply.body()).isEqualTo(401);
        }
        awaitInboundHandled();
        assertThat(activity("/actors/organisation/followers").getInt("totalItems")).isZero();
    }

    @Test
    void thePolicyReportsAndBlocksGovernWhatComesFromTheFediverse() throws Exception {
        String path = "api/spaces/budget/c/" + component;
        Scenario.Session author = scenario.signIn(host, scenario.participant(host, "sacha"), Scenario.PASSWORD);
        String proposal = Scenario.created(author.call("POST", path + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Un jardin partagé").add("body", "Un jardin partagé derrière la mairie.").build()).send()).getString("id");
        assertThat(author.call("POST", path + "/proposals/" + proposal + "/publish").send().status()).isEqualTo(200);
        String objectId = base + "/objects/" + component + "/proposal/" + proposal;
        Await.until("the proposal published", () -> http.to(host, "GET", "objects/" + component + "/proposal/" + proposal)
                .header("Accept", "application/activity+json").send().status() == 200);

        // the policy: defaults, validation, then remote comments held for moderation and remote supports counted
        JsonObject defaults = admin.call("GET", "api/admin/federation/policy").send().json();
        assertThat(defaults.getBoolean("remoteSupports")).isFalse();
        assertThat(defaults.getBoolean("moderateRemoteComments")).isFalse();
        Http.Reply invalid = admin.call("PUT", "api/admin/federation/policy").json(Json.createObjectBuilder()
                .add("blockedDomains", Json.createArrayBuilder().add("not a domain!")).build()).send();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getString("detail")).contains("not a domain");
        Scenario.Session participant = scenario.signIn(host, scenario.participant(host, "lou"), Scenario.PASSWORD);
        assertThat(participant.call("PUT", "api/admin/federation/policy").json(Json.createObjectBuilder().add("remoteSupports", true)
                .build()).send().status()).isEqualTo(403);

        // a Like while remote supports are off: not counted
        String like = peer.actorId() + "/likes/" + UUID.randomUUID();
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder().add("id", like).add("type", "Like")
                .add("actor", peer.actorId()).add("object", objectId).build()).status()).isEqualTo(202);
        awaitInboundHandled();
        JsonObject changed = admin.call("PUT", "api/admin/federation/policy").json(Json.createObjectBuilder().add("remoteSupports", true)
                .add("moderateRemoteComments", true).build()).send().json();
        assertThat(changed.getBoolean("remoteSupports")).isTrue();
        assertThat(changed.getBoolean("enabled")).isTrue();
        assertThat(supports(path, proposal)).isZero();
        String counted = peer.actorId() + "/likes/" + UUID.randomUUID();
        assertThat(deliver(SignatureScheme.RFC_9421, "/inbox", Json.createObjectBuilder().add("id", counted).add("type", "Like")
                .add("actor", peer.actorId()).add("object", objectId).build()).status()).isEqualTo(202);
        Await.until("the remote support counted", () -> supports(path, proposal) == 1);
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder().add("id", counted + "/undo").add("type", "Undo")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", counted).add("type", "Like")
                        .add("actor", peer.actorId()).add("object", objectId)).build()).status()).isEqualTo(202);
        Await.until("the remote support withdrawn", () -> supports(path, proposal) == 0);

        // a reply is held for the moderators, in their queue, until restored
        String noteId = peer.actorId() + "/notes/" + UUID.randomUUID();
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder().add("id", noteId + "/activity").add("type", "Create")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", noteId).add("type", "Note")
                        .add("attributedTo", peer.actorId()).add("inReplyTo", objectId).add("content", "<p>Et des ruches ?</p>")).build())
                .status()).isEqualTo(202);
        JsonObject held = awaitComment(path + "/r/proposal/" + proposal + "/comments");
        assertThat(held.getBoolean("hidden")).isTrue();
        assertThat(held.getString("body")).isEmpty();
        // the job that received it files the report just after the comment: wait for it as for the comment
        JsonObject queued = Await.until("the held comment in the moderators' queue", () -> admin.call("GET", "api/admin/moderation")
                .send().json().getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(held.getString("id"))).findFirst(), () -> "not queued");
        assertThat(queued.getString("excerpt")).isEqualTo("Et des ruches ?");
        // the same note delivered again, as after a process died between the comment and its report: one
        // comment still, and in the queue
        try (var db = TestInfrastructure.admin(TestInfrastructure.DATABASE);
                var unfiled = db.prepareStatement("delete from reports where resource_type = 'comment' and resource_id = ?")) {
            unfiled.setString(1, held.getString("id"));
            assertThat(unfiled.executeUpdate()).isEqualTo(1);
        }
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder().add("id", noteId + "/activity-again")
                .add("type", "Create").add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", noteId)
                        .add("type", "Note").add("attributedTo", peer.actorId()).add("inReplyTo", objectId)
                        .add("content", "<p>Et des ruches ?</p>")).build()).status()).isEqualTo(202);
        Await.until("the held comment queued again", () -> admin.call("GET", "api/admin/moderation").send().json()
                .getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(held.getString("id"))).findFirst(), () -> "not queued again");
        assertThat(http.to(host, "GET", path + "/r/proposal/" + proposal + "/comments").send().json().getJsonArray("items")).hasSize(1);
        assertThat(admin.call("POST", "api/admin/moderation/" + component + "/comment/" + held.getString("id") + "/restore").send().status())
                .isEqualTo(204);
        assertThat(http.to(host, "GET", path + "/r/proposal/" + proposal + "/comments").send().json().getJsonArray("items")
                .getJsonObject(0).getString("body")).isEqualTo("Et des ruches ?");

        // a Flag (as Mastodon sends it: the account and the objects) reaches the moderators' queue
        assertThat(deliver(SignatureScheme.RFC_9421, "/inbox", Json.createObjectBuilder().add("id", peer.actorId() + "/flags/1")
                .add("type", "Flag").add("actor", peer.actorId()).add("content", "Publicité déguisée")
                .add("object", Json.createArrayBuilder().add(base + "/actors/spaces/budget").add(objectId)).build()).status()).isEqualTo(202);
        JsonObject flagged = Await.until("the Flag in the moderators' queue", () -> admin.call("GET", "api/admin/moderation").send().json()
                .getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(proposal)).findFirst(), () -> "nothing");
        assertThat(flagged.getInt("reports")).isEqualTo(1);

        // the instance blocks the peer's domain: its activities are dropped, then accepted again once lifted
        String domain = URI.create(peer.actorId()).getHost();
        assertThat(http.system("PUT", "api/system/federation/blocked-domains/" + domain).json(Json.createObjectBuilder()
                .add("reason", "tests").build()).send().status()).isEqualTo(204);
        assertThat(http.system("GET", "api/system/federation/blocked-domains").send().body()).contains(domain);
        assertThat(http.to("localhost", "PUT", "api/system/federation/blocked-domains/" + domain).json(Json.createObjectBuilder().build())
                .send().status()).isEqualTo(401);
        assertThat(http.system("PUT", "api/system/federation/blocked-domains/not_a_domain").json(Json.createObjectBuilder().build())
                .send().status()).isEqualTo(400);
        String blockedNote = peer.actorId() + "/notes/" + UUID.randomUUID();
        assertThat(deliver(SignatureScheme.DRAFT_CAVAGE, "/inbox", Json.createObjectBuilder().add("id", blockedNote + "/activity").add("type", "Create")
                .add("actor", peer.actorId()).add("object", Json.createObjectBuilder().add("id", blockedNote).add("type", "Note")
                        .add("attributedTo", peer.actorId()).add("inReplyTo", objectId).add("content", "<p>Bloqué</p>")).build())
                .status()).isEqualTo(202);
        awaitInboundHandled();
        assertThat(http.system("DELETE", "api/system/federation/blocked-domains/" + domain).send().status()).isEqualTo(204);
        assertThat(http.system("DELETE", "api/system/federation/blocked-domains/" + domain).send().status()).isEqualTo(404);
        assertThat(http.to(host, "GET", path + "/r/proposal/" + proposal + "/comments").send().json().getJsonArray("items")).hasSize(1);
    }

    /** Until the received activities' jobs have all run (db-scheduler removes a one-time job once done). */
    private static void awaitInboundHandled() {
        Await.until("the inbound jobs handled", () -> {
            try (var db = TestInfrastructure.admin(TestInfrastructure.DATABASE); var count = db.createStatement()
                    .executeQuery("select count(*) from scheduled_tasks where task_name = 'federation.inbound'")) {
                count.next();
                return count.getInt(1) == 0;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long supports(String path, String proposal) {
        return http.to(host, "GET", path + "/r/proposal/" + proposal + "/supports").send().json().getInt("count");
    }

    /** The address a peer posts to: this organisation's host, on the test server's port. */
    private String signedBase() {
        return base + ":" + super.base.getPort();
    }

    private JsonObject activity(String path) {
        Http.Reply reply = http.to(host, "GET", path).header("Accept", "application/activity+json").send();
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/activity+json");
        return reply.json();
    }

    private Http.Reply deliver(SignatureScheme scheme, String inbox, JsonObject activity) {
        byte[] body = activity.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = peer.sign(scheme, "POST", URI.create(signedBase() + inbox), body);
        return withHeaders(http.to(host, "POST", inbox), headers).bytes(body, "application/activity+json").send();
    }

    private static Http.Request withHeaders(Http.Request request, Map<String, String> headers) {
        headers.forEach(request::header);
        return request;
    }

    private FediversePeer.Delivery awaitDelivery(Predicate<FediversePeer.Delivery> wanted) {
        return Await.until("the delivery", () -> peer.inbox.stream().filter(wanted).findFirst(), () -> peer.inbox);
    }

    private JsonObject awaitComment(String thread) {
        return Await.until("a comment", () -> http.to(host, "GET", thread).send().json().getJsonArray("items").stream()
                .map(jakarta.json.JsonValue::asJsonObject).findFirst(), () -> "no comment");
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        Await.until("the condition", condition);
    }
}
