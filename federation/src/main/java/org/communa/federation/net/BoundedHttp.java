package org.communa.federation.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP to other instances with limits: the address guard on every hop (redirects followed by hand, at
 * most three) and on the very addresses connected to (the client resolves names through the guard), a
 * connect and a total time limit, and bodies cut off past a size limit.
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
    private final CloseableHttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final int maxBytes;

    public BoundedHttp(AddressGuard guard, Duration timeout, int maxBytes, String userAgent) {
        this.guard = guard;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        Timeout limit = Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit)
                                .setTimeToLive(Timeout.ofMinutes(5)).build())
                        .setMaxConnTotal(200).setMaxConnPerRoute(20).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit)
                        .setConnectionRequestTimeout(limit).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableContentCompression()
                .setUserAgent(userAgent).build();
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
        guard.checkForm(target);
        HttpUriRequestBase request = new HttpUriRequestBase(method, target);
        request.setHeader("Accept", accept);
        if (contentType != null) {
            request.setHeader("Content-Type", contentType); // as given: a signature may cover it, byte for byte
        }
        if (signer != null) {
            signer.headers(method, target, body).forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host")) {
                    request.setHeader(name, value);
                }
            });
        }
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, null));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return client.execute(request, response -> reply(response, target, deadline));
        } catch (Refused refused) {
            throw refused.address;
        }
    }

    private Reply reply(ClassicHttpResponse response, URI target, long deadline) throws IOException {
        byte[] bytes = new byte[0];
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                bytes = readBounded(in, target, deadline);
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
        }
        return new Reply(response.getCode(), headers, bytes);
    }

    /** At most maxBytes, and within the total time: a server dripping a byte at a time is cut off too. */
    private byte[] readBounded(InputStream in, URI target, long deadline) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new IOException(target + " answered more than " + maxBytes + " bytes");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(target + " took longer than " + timeout.toSeconds() + " s to answer");
            }
        }
        return out.toByteArray();
    }

    /** Resolves names for the client through the guard: it connects only to addresses that passed it. */
    private record CheckedResolver(AddressGuard guard) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return guard.resolve(host);
            } catch (RefusedAddress refused) {
                throw new Refused(refused);
            }
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** A refusal carried out of the client's connection code, which only lets an UnknownHostException through. */
    private static final class Refused extends UnknownHostException {
        final transient RefusedAddress address;

        Refused(RefusedAddress address) {
            super(address.getMessage());
            this.address = address;
        }
    }
}
