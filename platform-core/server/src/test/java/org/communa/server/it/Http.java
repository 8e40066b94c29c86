package org.communa.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the tests: real requests to the running server, with any Host header. */
final class Http {

    static final String ADMIN_TOKEN = "it-system-admin-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URL base;

    Http(URL base) {
        this.base = base;
    }

    URL base() {
        return base;
    }

    record Reply(int status, String body, HttpResponse<byte[]> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return raw.headers().allValues(name);
        }
    }

    Request to(String host, String method, String path) {
        return new Request(host, method, path);
    }

    Request system(String method, String path) {
        return new Request("localhost", method, path).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    final class Request {
        private final String host;
        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Request(String host, String method, String path) {
            this.host = host;
            this.method = method;
            this.path = path;
        }

        private boolean expectContinue;

        /** Lets the server refuse a large body before the client sends it (Expect: 100-continue). */
        Request expectContinue() {
            expectContinue = true;
            return this;
        }

        Request header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Request json(JsonStructure json) {
            return raw(json.toString(), "application/json");
        }

        Request raw(String text, String contentType) {
            body = HttpRequest.BodyPublishers.ofString(text);
            return header("Content-Type", contentType);
        }

        Request bytes(byte[] content, String contentType) {
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return header("Content-Type", contentType);
        }

        Reply send() {
            try {
                URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body).expectContinue(expectContinue)
                        .header("Host", host + ":" + base.getPort());
                for (int i = 0; i < headers.size(); i += 2) {
                    request.header(headers.get(i), headers.get(i + 1));
                }
                HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), response);
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path + " failed: " + e, e);
            }
        }
    }

    static JsonObject organisation(String slug) {
        return Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Organisation " + slug)
                .add("primaryHost", slug + ".test")
                .add("aliasHosts", Json.createArrayBuilder().add("www." + slug + ".test"))
                .add("availableLocales", Json.createArrayBuilder().add("fr").add("en"))
                .add("defaultLocale", "fr")
                .add("timeZone", "Europe/Paris")
                .add("contactEmail", "contact@" + slug + ".test")
                .add("allowedModules", Json.createArrayBuilder().add("pages").add("proposals").add("budgets").add("meetings").add("surveys").add("faulty")
                        .add("template"))
                .build();
    }
}
