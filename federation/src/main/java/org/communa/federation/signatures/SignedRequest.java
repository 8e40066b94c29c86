package org.communa.federation.signatures;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as a signature sees it: method, the full target URI as the sender addressed it, the
 * headers (names compared without case) and the body (empty for a GET).
 */
public record SignedRequest(String method, URI target, Map<String, List<String>> headers, byte[] body) {

    public SignedRequest {
        method = method.toUpperCase(Locale.ROOT);
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseless.merge(name, List.copyOf(values),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        headers = java.util.Collections.unmodifiableMap(caseless);
        body = body == null ? new byte[0] : body;
    }

    /** A header's value as signatures cover it: several fields joined by ", ", each trimmed. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", values.stream().map(String::strip).toList()));
    }

    /** The authority as HTTP sends it in Host: lower case, without the scheme's default port. */
    public String authority() {
        return Authority.of(target);
    }
}
