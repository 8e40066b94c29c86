package org.communa.federation.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection goes where the guard said it may, and nowhere else; bodies and redirects stay bounded. */
class BoundedHttpTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actor", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"seen\":\"" + exchange.getRequestHeaders().getFirst("Content-Type") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[100_000]);
            } catch (IOException e) {
                // the client hung up past its limit
            }
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aNameThatResolvesToThisMachineIsNeverConnectedTo() {
        BoundedHttp http = new BoundedHttp(new AddressGuard(false), Duration.ofSeconds(5), 10_000, "test");
        assertThatThrownBy(() -> http.get(URI.create("http://localhost:" + port + "/actor"), "application/json", null))
                .isInstanceOf(RefusedAddress.class).hasMessageContaining("localhost is not a public address")
                .hasMessageNotContaining("127.0.0.1");
        assertThat(requests.get()).isZero();
    }

    @Test
    void anAllowedAddressIsServedWithTheContentTypeAsGiven() throws Exception {
        BoundedHttp http = new BoundedHttp(new AddressGuard(true), Duration.ofSeconds(5), 10_000, "test");
        String type = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
        BoundedHttp.Reply reply = http.post(URI.create("http://localhost:" + port + "/actor"), "{}".getBytes(StandardCharsets.UTF_8),
                type, (method, target, body) -> Map.of("Signature", "keyId=\"k\""));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).contains("application/activity+json");
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"seen\":\"" + type + "\"}");
    }

    @Test
    void bodiesAndRedirectsAreBounded() {
        BoundedHttp http = new BoundedHttp(new AddressGuard(true), Duration.ofSeconds(5), 10_000, "test");
        assertThatThrownBy(() -> http.get(URI.create("http://localhost:" + port + "/big"), "*/*", null))
                .isInstanceOf(IOException.class).hasMessageContaining("more than 10000 bytes");
        assertThatThrownBy(() -> http.get(URI.create("http://localhost:" + port + "/loop"), "*/*", null))
                .isInstanceOf(IOException.class).hasMessageContaining("more than 3 redirects");
    }
}
