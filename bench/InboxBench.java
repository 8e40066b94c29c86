import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.communa.federation.signatures.HttpSignatures;
import org.communa.federation.signatures.PemKeys;
import org.communa.federation.signatures.SignatureScheme;
import org.communa.federation.signatures.SignedRequest;

/**
 * Inbox benchmark (bench/run §8), run as a single-file program on the federation library's classpath:
 *   java -cp federation/target/classes bench/InboxBench.java SERVER_PORT HOST ACTIVITIES
 * 1. signature verifications per second on one core, for each scheme, against the bare RSA-SHA256
 *    verification of the same bytes (the floor no verifier can go under);
 * 2. end to end: a fediverse actor served here sends ACTIVITIES signed activities (each its own signature,
 *    as the replay guard demands) to the organisation's shared inbox, 16 in flight; accepted (202) per
 *    second against GET /api/ping sent the same way.
 */
public class InboxBench {

    public static void main(String[] args) throws Exception {
        int serverPort = Integer.parseInt(args[0]);
        String host = args[1];
        int activities = Integer.parseInt(args[2]);
        KeyPair keys = PemKeys.newRsaKeyPair();
        HttpSignatures signatures = new HttpSignatures(Clock.systemUTC(), Duration.ofHours(1));

        // 1. verification on one core
        URI inbox = URI.create("http://" + host + ":" + serverPort + "/inbox");
        byte[] body = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(body);
        byte[] raw = rsa.sign();
        Work bareVerification = () -> {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.getPublic());
            verifier.update(body);
            if (!verifier.verify(raw)) {
                throw new IllegalStateException("bare verification failed");
            }
        };
        // the bare rate is measured before and after the schemes, and averaged: the server shares the cores
        double bareBefore = perSecond(bareVerification);
        Map<SignatureScheme, Double> rates = new java.util.EnumMap<>(SignatureScheme.class);
        for (SignatureScheme scheme : SignatureScheme.values()) {
            Map<String, String> headers = signatures.sign(scheme, "POST", inbox, body, "http://peer/users/a#main-key", keys.getPrivate());
            Map<String, List<String>> request = new java.util.HashMap<>();
            headers.forEach((name, value) -> request.put(name.toLowerCase(), List.of(value)));
            request.put("host", List.of(host + ":" + serverPort));
            SignedRequest signed = new SignedRequest("POST", inbox, request, body);
            rates.put(scheme, perSecond(() -> signatures.verify(signed, (keyId, fresh) -> keys.getPublic())));
        }
        double bare = (bareBefore + perSecond(bareVerification)) / 2;
        System.out.printf("verify: bare RSA-SHA256 %.0f/s on one core%n", bare);
        rates.forEach((scheme, rate) -> System.out.printf("verify: %s %.0f/s on one core, ratio to bare %.2f%n", scheme, rate, rate / bare));

        // 2. end to end through the shared inbox
        HttpServer actorServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int actorPort = actorServer.getAddress().getPort();
        String actor = "http://127.0.0.1:" + actorPort + "/users/bench";
        String document = "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],\"id\":\"" + actor
                + "\",\"type\":\"Person\",\"preferredUsername\":\"bench\",\"inbox\":\"" + actor + "/inbox\",\"publicKey\":{\"id\":\""
                + actor + "#main-key\",\"owner\":\"" + actor + "\",\"publicKeyPem\":\"" + PemKeys.publicPem(keys.getPublic()).replace("\n", "\\n")
                + "\"}}";
        actorServer.createContext("/users/bench", exchange -> {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        actorServer.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create("http://127.0.0.1:" + serverPort + "/inbox");
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        // one request first: the server fetches the actor's key once
        send(client, signatures, keys, actor, inbox, target, host, serverPort, accepted, refused);
        accepted.set(0);
        long start = System.nanoTime();
        runConcurrently(activities, () -> send(client, signatures, keys, actor, inbox, target, host, serverPort, accepted, refused));
        double endToEnd = accepted.get() / ((System.nanoTime() - start) / 1e9);
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + "/api/ping")).build();
        AtomicInteger pings = new AtomicInteger();
        start = System.nanoTime();
        runConcurrently(activities, () -> {
            if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                pings.incrementAndGet();
            }
        });
        double bareEndpoint = pings.get() / ((System.nanoTime() - start) / 1e9);
        actorServer.stop(0);
        System.out.printf("inbox: %d signed activities, 16 in flight: %d accepted (202), %d refused; %.0f accepted/s end to end "
                + "vs GET /api/ping %.0f/s the same way; ratio %.2f%n", activities, accepted.get(), refused.get(), endToEnd, bareEndpoint,
                endToEnd / bareEndpoint);
    }

    interface Work {
        void run() throws Exception;
    }

    private static void send(HttpClient client, HttpSignatures signatures, KeyPair keys, String actor, URI signedFor, URI target,
            String host, int port, AtomicInteger accepted, AtomicInteger refused) throws Exception {
        String id = actor + "/notes/" + UUID.randomUUID();
        byte[] body = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "/create\",\"type\":\"Create\","
                + "\"actor\":\"" + actor + "\",\"object\":{\"id\":\"" + id + "\",\"type\":\"Note\",\"attributedTo\":\"" + actor
                + "\",\"inReplyTo\":\"http://" + host + "/objects/none\",\"content\":\"<p>Bench</p>\"}}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Host", host + ":" + port)
                .header("Content-Type", "application/activity+json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signatures.sign(SignatureScheme.DRAFT_CAVAGE, "POST", signedFor, body, actor + "#main-key", keys.getPrivate())
                .forEach((name, value) -> {
                    if (!name.equalsIgnoreCase("host")) {
                        request.header(name, value);
                    }
                });
        int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        (status == 202 ? accepted : refused).incrementAndGet();
    }

    private static void runConcurrently(int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                work.run();
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /** Runs the work for 3 s of warm-up then 5 s, and returns how many times per second it ran. */
    private static double perSecond(Work work) throws Exception {
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            work.run();
        }
        long count = 0;
        long start = System.nanoTime();
        long end = start + 5_000_000_000L;
        while (System.nanoTime() < end) {
            work.run();
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
