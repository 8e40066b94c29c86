package org.communa.federation.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP to other instances with limits: the address guard on every hop (redirects followed by hand, at
 * most three), a connect and a total time limit, and bodies cut off past a size limit.
 */
public final class BoundedHttp {

    /** A response: status, headers, at most the allowed number of body bytes. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** Adds headers to a request about to be sent (e.g. a signature), knowing its final target. */
    @FunctionalInterface
    public interface Signer {
        Map<String, String> headers(String method, URI target, byte[] body);
    }

    private static final int MAX_REDIRECTS = 3;
    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;

    public BoundedHttp(AddressGuard guard, Duration timeout, int maxBytes, String userAgent) {
        this.guard = guard;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public Reply get(URI target, String accept, Signer signer) throws IOException, RefusedAddress {
        URI current = target;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Reply reply = send("GET", current, null, accept, null, signer);
            Optional<String> location = reply.header("Location");
            if (reply.status() / 100 != 3 || location.isEmpty()) {
                return reply;
            }
            current = current.resolve(location.get());
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + target);
    }

    public Reply post(URI target, byte[] body, String contentType, Signer signer) throws IOException, RefusedAddress {
        return post(target, body, contentType, "application/activity+json, application/ld+json", signer);
    }

    /** A POST to another kind of server (a language model's API), answering in its own type. */
    public Reply post(URI target, byte[] body, String contentType, String accept, Signer signer) throws IOException, RefusedAddress {
        return send("POST", target, body, accept, contentType, signer);
    }

    private Reply send(String method, URI target, byte[] body, String accept, String contentType, Signer signer)
            throws IOException, RefusedAddress {
        guard.check(target);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout).header("Accept", accept)
                .header("User-Agent", userAgent);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (signer != null) {
            signer.headers(method, target, body).forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host")) {
                    request.header(name, value);
                }
            });
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new IOException(target + " answered more than " + maxBytes + " bytes");
                }
                return new Reply(response.statusCode(), response.headers().map(), bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + target, e);
        }
    }
}
