package org.communa.server.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.communa.federation.signatures.HttpSignatures;
import org.communa.federation.signatures.KeyResolver;
import org.communa.federation.signatures.PemKeys;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.federation.signatures.SignatureScheme;
import org.communa.federation.signatures.SignedRequest;

/**
 * A small fediverse server on loopback, run by the test: it publishes one actor with its key, signs what
 * it sends, and keeps every activity delivered to its inbox with whether its signature verified (with
 * the key the sender publishes, fetched over HTTP like any server would).
 */
final class FediversePeer implements AutoCloseable {

    /** An activity received, and the signature check's verdict. */
    record Delivery(JsonObject activity, String verifiedKeyId, String refusal, String scheme) {
    }

    private final HttpServer server;
    private final KeyPair keys = PemKeys.newRsaKeyPair();
    private final HttpSignatures signatures = new HttpSignatures(Clock.systemUTC(), Duration.ofMinutes(5));
    final List<Delivery> inbox = new CopyOnWriteArrayList<>();
    private final KeyResolver ourServerKeys;

    FediversePeer(KeyResolver ourServerKeys) throws IOException {
        this.ourServerKeys = ourServerKeys;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/users/alice", this::actorOrInbox);
        server.createContext("/inbox", this::receive);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String actorId() {
        return base() + "/users/alice";
    }

    String keyId() {
        return actorId() + "#main-key";
    }

    /** The headers that sign a request from alice in the given scheme. */
    Map<String, String> sign(SignatureScheme scheme, String method, URI target, byte[] body) {
        return signatures.sign(scheme, method, target, body, keyId(), keys.getPrivate());
    }

    private void actorOrInbox(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/inbox")) {
            receive(exchange);
            return;
        }
        JsonObject actor = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1"))
                .add("id", actorId()).add("type", "Person").add("preferredUsername", "alice").add("name", "Alice Martin")
                .add("inbox", actorId() + "/inbox").add("outbox", actorId() + "/outbox")
                .add("endpoints", Json.createObjectBuilder().add("sharedInbox", base() + "/inbox"))
                .add("publicKey", Json.createObjectBuilder().add("id", keyId()).add("owner", actorId())
                        .add("publicKeyPem", PemKeys.publicPem(keys.getPublic()))).build();
        respond(exchange, 200, actor.toString());
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI target = URI.create(base() + exchange.getRequestURI());
        SignedRequest request = new SignedRequest(exchange.getRequestMethod(), target, exchange.getRequestHeaders(), body);
        JsonObject activity = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        try {
            var verified = signatures.verify(request, ourServerKeys);
            inbox.add(new Delivery(activity, verified.keyId(), null, verified.scheme().label()));
            respond(exchange, 202, "");
        } catch (SignatureRefused refused) {
            inbox.add(new Delivery(activity, null, refused.getMessage(), null));
            respond(exchange, 401, refused.getMessage());
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
