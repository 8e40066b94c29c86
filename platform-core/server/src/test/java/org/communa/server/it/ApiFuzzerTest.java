package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fuzzer finds a 500 where one is planted, and none where there is none: its verdicts can be trusted. */
class ApiFuzzerTest {

    private static final String OPEN_API = """
            {"paths": {
              "/api/things": {"post": {"requestBody": {"content": {"application/json": {}}}}},
              "/api/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}]}}
            }}""";
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // the planted defect: a body that is not a JSON object crashes the handler, as JsonObject resources did
        server.createContext("/api/things", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().startsWith("/api/things/")) {
                answer(exchange, 404, "application/problem+json", "{\"status\":404}");
                return;
            }
            try {
                JsonObject thing = Json.createReader(new StringReader(body)).readObject();
                answer(exchange, 201, "application/json", thing.toString());
            } catch (RuntimeException crash) {
                answer(exchange, body.trim().startsWith("{") ? 400 : 500, body.trim().startsWith("{") ? "application/problem+json"
                        : "text/html", "crash");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPlantedServerErrorIsCaughtAndNamedWithTheRequestThatCausedIt() {
        List<ApiFuzzer.Operation> operations = ApiFuzzer.operations(Json.createReader(new StringReader(OPEN_API)).readObject());
        assertThat(operations).extracting(ApiFuzzer.Operation::name).containsExactlyInAnyOrder("POST /api/things", "GET /api/things/{id}");
        ApiFuzzer fuzzer = new ApiFuzzer(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                Map.of("id", List.of("a-known-id")), 42);
        ApiFuzzer.Report report = fuzzer.run(operations, List.of(new ApiFuzzer.Caller("anonymous", Map.of())), 20,
                operation -> "example.test", ApiFuzzer.Around.nothing());
        assertThat(report.requests).isEqualTo(40);
        assertThat(report.serverErrors).isNotEmpty().allSatisfy(exchange -> {
            assertThat(exchange.operation().name()).isEqualTo("POST /api/things");
            assertThat(exchange.describe()).startsWith("500 for anonymous: POST api/things");
        });
        assertThat(report.refusalsWithoutProblem).isEmpty();
        assertThat(report.count(500, 600)).isEqualTo(report.serverErrors.size());
        assertThat(report.summary()).contains("2 operations, 40 requests");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
