package org.communa.federation.signatures;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * draft-cavage-http-signatures-12 as the fediverse uses it: a {@code Signature} header naming the key,
 * the covered headers and the signature; {@code Digest} covers a POST's body.
 */
final class CavageSignatures {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).withLocale(Locale.ROOT);
    private static final Pattern PARAMETER = Pattern.compile("\\s*([A-Za-z]+)\\s*=\\s*(?:\"([^\"]*)\"|([0-9.]+))\\s*(?:,|$)");

    private CavageSignatures() {
    }

    /** The headers to add to a request: Date, Digest for a body, and Signature over (request-target), host, date, digest. */
    static Map<String, String> sign(String method, URI target, byte[] body, String keyId, PrivateKey key, Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("Date", HTTP_DATE.format(now));
        List<String> covered = new ArrayList<>(List.of("(request-target)", "host", "date"));
        if (body != null) {
            added.put("Digest", BodyDigests.digestHeader(body));
            covered.add("digest");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("host", List.of(Authority.of(target)));
        added.forEach((name, value) -> headers.put(name, List.of(value)));
        SignedRequest request = new SignedRequest(method, target, headers, body);
        String base = base(request, covered, Map.of(), true);
        String signature = Base64.getEncoder().encodeToString(SignatureAlgorithms.sign(key, base));
        added.put("Signature", "keyId=\"" + keyId + "\",algorithm=\"" + (key.getAlgorithm().equals("RSA") ? "rsa-sha256" : "hs2019")
                + "\",headers=\"" + String.join(" ", covered) + "\",signature=\"" + signature + "\"");
        return added;
    }

    static Verified verify(SignedRequest request, String header, KeyResolver keys, Instant now, java.time.Duration window)
            throws SignatureRefused {
        Map<String, String> parameters = parameters(header);
        String keyId = required(parameters, "keyId");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(required(parameters, "signature"));
        } catch (IllegalArgumentException e) {
            throw new SignatureRefused("the signature is not base64");
        }
        List<String> covered = List.of(parameters.getOrDefault("headers", "date").toLowerCase(Locale.ROOT).strip().split("\\s+"));
        if (!covered.contains("(request-target)")) {
            throw new SignatureRefused("the signature must cover (request-target)");
        }
        checkFreshness(request, parameters, covered, now, window);
        if (request.body().length > 0 || "POST".equals(request.method())) {
            if (!covered.contains("digest")) {
                throw new SignatureRefused("the signature of a request with a body must cover its Digest header");
            }
            BodyDigests.checkDigestHeader(request.header("digest").orElseThrow(() -> new SignatureRefused("the Digest header is missing")),
                    request.body());
        }
        try {
            checkWithKey(keys, keyId, parameters.get("algorithm"), base(request, covered, parameters, true), signature);
        } catch (SignatureRefused refused) {
            if (request.target().getRawQuery() == null) {
                throw refused;
            }
            // some software (Fedify 1) signs the path of (request-target) without its query
            checkWithKey(keys, keyId, parameters.get("algorithm"), base(request, covered, parameters, false), signature);
        }
        return new Verified(keyId, SignatureScheme.DRAFT_CAVAGE, ReplayKeys.of(signature));
    }

    /** Tries the known key, then a freshly fetched one: a peer may have rotated its key since it was cached. */
    static void checkWithKey(KeyResolver keys, String keyId, String algorithm, String base, byte[] signature) throws SignatureRefused {
        PublicKey key = keys.publicKey(keyId, false);
        if (SignatureAlgorithms.compatible(algorithm, key) && SignatureAlgorithms.verify(key, base, signature)) {
            return;
        }
        PublicKey fresh;
        try {
            fresh = keys.publicKey(keyId, true);
        } catch (SignatureRefused refetch) {
            throw new SignatureRefused("the signature does not verify with the key of " + keyId + " (" + refetch.getMessage() + ")");
        }
        if (!SignatureAlgorithms.compatible(algorithm, fresh)) {
            throw new SignatureRefused("the algorithm " + algorithm + " does not match the key of " + keyId);
        }
        if (!SignatureAlgorithms.verify(fresh, base, signature)) {
            throw new SignatureRefused("the signature does not verify with the key of " + keyId);
        }
    }

    private static void checkFreshness(SignedRequest request, Map<String, String> parameters, List<String> covered, Instant now,
            java.time.Duration window) throws SignatureRefused {
        Instant signedAt;
        if (covered.contains("(created)")) {
            signedAt = Instant.ofEpochSecond(Long.parseLong(required(parameters, "created").split("\\.")[0]));
        } else if (covered.contains("date")) {
            String date = request.header("date").orElseThrow(() -> new SignatureRefused("the Date header is missing"));
            try {
                signedAt = Instant.from(HTTP_DATE.parse(date));
            } catch (DateTimeParseException e) {
                throw new SignatureRefused("the Date header is not an HTTP date: " + date);
            }
        } else {
            throw new SignatureRefused("the signature must cover the Date header or (created)");
        }
        if (signedAt.isBefore(now.minus(window)) || signedAt.isAfter(now.plus(window))) {
            throw new SignatureRefused("the request was signed at " + signedAt + ", outside the accepted window of " + window
                    + " around " + now);
        }
    }

    private static String base(SignedRequest request, List<String> covered, Map<String, String> parameters, boolean withQuery) {
        StringBuilder base = new StringBuilder();
        for (String name : covered) {
            if (base.length() > 0) {
                base.append('\n');
            }
            base.append(name).append(": ");
            switch (name) {
                case "(request-target)" -> base.append(request.method().toLowerCase(Locale.ROOT)).append(' ')
                        .append(request.target().getRawPath())
                        .append(request.target().getRawQuery() == null || !withQuery ? "" : "?" + request.target().getRawQuery());
                case "(created)", "(expires)" -> base.append(parameters.getOrDefault(name.substring(1, name.length() - 1), ""));
                case "host" -> base.append(request.header("host").orElse(request.authority()));
                default -> base.append(request.header(name).orElse(""));
            }
        }
        return base.toString();
    }

    private static Map<String, String> parameters(String header) throws SignatureRefused {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(header);
        int at = 0;
        while (at < header.length() && matcher.find(at) && matcher.start() == at) {
            parameters.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
            at = matcher.end();
        }
        if (at < header.strip().length()) {
            throw new SignatureRefused("the Signature header is malformed near position " + at);
        }
        return parameters;
    }

    private static String required(Map<String, String> parameters, String name) throws SignatureRefused {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new SignatureRefused("the Signature header has no " + name);
        }
        return value;
    }
}
