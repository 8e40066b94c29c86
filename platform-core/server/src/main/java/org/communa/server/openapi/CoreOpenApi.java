package org.communa.server.openapi;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host's own resources as Payara describes them from their annotations. Payara builds that document
 * once, at deployment, and serves it at /openapi-core (preboot.txt moves it there, so that /openapi can add
 * the modules' routes, which come and go while the server runs); it never changes afterwards, so it is
 * read once, over the loopback interface, and kept.
 */
@ApplicationScoped
public class CoreOpenApi {

    private final AtomicReference<JsonObject> document = new AtomicReference<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Payara's document, read through this server's own port. */
    public JsonObject document(int localPort) {
        JsonObject known = document.get();
        if (known != null) {
            return known;
        }
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + localPort + "/openapi-core?format=JSON"))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Payara's OpenAPI document answered " + answer.statusCode());
            }
            JsonObject read = PayaraDocumentRepair.repaired(JSON.createReader(new StringReader(answer.body())).readObject());
            document.compareAndSet(null, read);
            return document.get();
        } catch (IOException | JsonException e) {
            throw new IllegalStateException("cannot read Payara's OpenAPI document: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Payara's OpenAPI document", e);
        }
    }
}
