package org.communa.launcher.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * One organisation's HTTP API as a browser or a script reaches it: its host name in the Host header (the
 * server knows organisations by host), the session cookie and the CSRF token of whoever acts.
 */
public final class OrganisationApi {

    static {
        // the organisation is chosen by Host; the JDK's client sets that header only when allowed to
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
    }

    /** Who acts: a signed-in account (cookie and CSRF token), or a visitor. */
    public record Account(String cookie, String csrf) {
        public static final Account VISITOR = new Account(null, null);
    }

    /** What the server answered. */
    public record Reply(String request, int status, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** This reply, if its status is one of these; otherwise a failure naming the request and the server's answer. */
        public Reply expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
                throw new IllegalStateException(request + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI server;
    private final String host;

    /** @param server where the server listens (http://127.0.0.1:8080/), @param host the organisation's host (eau.localhost) */
    public OrganisationApi(URI server, String host) {
        this.server = server;
        this.host = host;
    }

    public String host() {
        return host;
    }

    public Reply json(Account who, String method, String path, JsonObject body) {
        return send(who, method, path, body == null ? null : body.toString(), "application/json");
    }

    public Reply get(Account who, String path) {
        return send(who, "GET", path, null, null);
    }

    public Reply send(Account who, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = request(method, path, body, contentType);
        if (who.cookie() != null) {
            request.header("Cookie", who.cookie()).header("X-CSRF-Token", who.csrf());
        }
        HttpResponse<String> response = exchange(request, method + " " + path);
        return new Reply(method + " " + path, response.statusCode(), response.body());
    }

    /** A call of the system API, with a system admin's token. */
    public Reply sendAuthorised(String token, String method, String path, String json) {
        HttpRequest.Builder request = request(method, path, json, json == null ? null : "application/json")
                .header("Authorization", "Bearer " + token);
        HttpResponse<String> response = exchange(request, method + " " + path);
        return new Reply(method + " " + path, response.statusCode(), response.body());
    }

    /** Signs in with e-mail and password, as the sign-in page does. */
    public Account signIn(String email, String password) {
        String name = "POST api/account/sign-in " + email;
        HttpResponse<String> response = exchange(request("POST", "api/account/sign-in", Json.createObjectBuilder()
                .add("email", email).add("password", password).build().toString(), "application/json"), name);
        Reply reply = new Reply(name, response.statusCode(), response.body()).expect(200);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("communa_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " set no session cookie"));
        return new Account(cookie, reply.json().getString("csrfToken"));
    }

    private HttpRequest.Builder request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Host", host + (server.getPort() > 0 ? ":" + server.getPort() : "")).timeout(Duration.ofSeconds(60));
        return contentType == null ? request : request.header("Content-Type", contentType);
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request, String name) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }
}
