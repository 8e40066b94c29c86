package org.communa.federation.signatures;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9421 HTTP Message Signatures: {@code Signature-Input} lists the covered components and the
 * parameters, {@code Signature} carries the bytes; {@code Content-Digest} covers a body.
 */
final class Rfc9421Signatures {

    private static final String LABEL = "sig1";

    private Rfc9421Signatures() {
    }

    static Map<String, String> sign(String method, URI target, byte[] body, String keyId, PrivateKey key, Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("Date", CavageSignatures.HTTP_DATE.format(now));
        List<String> covered = new ArrayList<>(List.of("@method", "@target-uri", "@authority", "date"));
        if (body != null) {
            added.put("Content-Digest", BodyDigests.contentDigest(body));
            covered.add("content-digest");
        }
        String algorithm = key.getAlgorithm().equals("RSA") ? "rsa-v1_5-sha256" : "ed25519";
        String parameters = "(" + String.join(" ", covered.stream().map(c -> "\"" + c + "\"").toList()) + ");created="
                + now.getEpochSecond() + ";keyid=\"" + keyId.replace("\\", "\\\\").replace("\"", "\\\"") + "\";alg=\"" + algorithm + "\"";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        added.forEach((name, value) -> headers.put(name, List.of(value)));
        SignedRequest request = new SignedRequest(method, target, headers, body);
        String base;
        try {
            base = base(request, covered, parameters);
        } catch (SignatureRefused e) {
            throw new IllegalStateException(e);
        }
        added.put("Signature-Input", LABEL + "=" + parameters);
        added.put("Signature", LABEL + "=:" + Base64.getEncoder().encodeToString(SignatureAlgorithms.sign(key, base)) + ":");
        return added;
    }

    static Verified verify(SignedRequest request, KeyResolver keys, Instant now, Duration window) throws SignatureRefused {
        Map<String, StructuredFields.Member> inputs;
        Map<String, StructuredFields.Member> signatures;
        try {
            inputs = StructuredFields.dictionary(request.header("signature-input").orElse(""));
            signatures = StructuredFields.dictionary(request.header("signature").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new SignatureRefused("the Signature-Input or Signature field is malformed: " + e.getMessage());
        }
        SignatureRefused last = new SignatureRefused("no signature in Signature-Input has a matching Signature");
        for (Map.Entry<String, StructuredFields.Member> input : inputs.entrySet()) {
            StructuredFields.Member signature = signatures.get(input.getKey());
            if (signature == null || !(input.getValue().value() instanceof List<?>) || !(signature.value() instanceof byte[] bytes)) {
                continue;
            }
            try {
                return verifyOne(request, input.getValue(), bytes, keys, now, window);
            } catch (SignatureRefused refused) {
                last = refused;
            }
        }
        throw last;
    }

    private static Verified verifyOne(SignedRequest request, StructuredFields.Member input, byte[] signature, KeyResolver keys,
            Instant now, Duration window) throws SignatureRefused {
        List<String> covered = new ArrayList<>();
        for (Object item : (List<?>) input.value()) {
            StructuredFields.Item component = (StructuredFields.Item) item;
            if (!(component.value() instanceof String name) || !component.parameters().isEmpty()) {
                throw new SignatureRefused("covered components are plain names; parameters such as ;sf or ;key are not accepted");
            }
            covered.add(name.toLowerCase(Locale.ROOT));
        }
        Map<String, Object> parameters = input.parameters();
        if (!(parameters.get("keyid") instanceof String keyId)) {
            throw new SignatureRefused("the signature has no keyid");
        }
        if (!(parameters.get("created") instanceof Long created)) {
            throw new SignatureRefused("the signature has no created time");
        }
        Instant signedAt = Instant.ofEpochSecond(created);
        if (signedAt.isBefore(now.minus(window)) || signedAt.isAfter(now.plus(window))) {
            throw new SignatureRefused("the request was signed at " + signedAt + ", outside the accepted window of " + window
                    + " around " + now);
        }
        if (parameters.get("expires") instanceof Long expires && Instant.ofEpochSecond(expires).isBefore(now)) {
            throw new SignatureRefused("the signature expired at " + Instant.ofEpochSecond(expires));
        }
        if (!covered.contains("@method") || !(covered.contains("@target-uri") || covered.contains("@path") || covered.contains("@request-target"))) {
            throw new SignatureRefused("the signature must cover @method and the target (@target-uri, @path or @request-target)");
        }
        if (request.body().length > 0 || "POST".equals(request.method())) {
            if (!covered.contains("content-digest")) {
                throw new SignatureRefused("the signature of a request with a body must cover its Content-Digest field");
            }
            BodyDigests.checkContentDigest(request.header("content-digest")
                    .orElseThrow(() -> new SignatureRefused("the Content-Digest field is missing")), request.body());
        }
        String algorithm = parameters.get("alg") instanceof String alg ? alg : null;
        String base = base(request, covered, input.text());
        CavageSignatures.checkWithKey(keys, keyId, algorithm, base, signature);
        return new Verified(keyId, SignatureScheme.RFC_9421, ReplayKeys.of(signature));
    }

    private static String base(SignedRequest request, List<String> covered, String signatureParameters) throws SignatureRefused {
        StringBuilder base = new StringBuilder();
        URI target = request.target();
        for (String name : covered) {
            String value = switch (name) {
                case "@method" -> request.method();
                case "@target-uri" -> target.toString();
                case "@authority" -> request.authority();
                case "@scheme" -> target.getScheme().toLowerCase(Locale.ROOT);
                case "@path" -> target.getRawPath();
                case "@query" -> "?" + (target.getRawQuery() == null ? "" : target.getRawQuery());
                case "@request-target" -> target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                default -> {
                    if (name.startsWith("@")) {
                        throw new SignatureRefused("the derived component " + name + " is not supported");
                    }
                    yield request.header(name).orElseThrow(() -> new SignatureRefused("the covered field " + name + " is missing"));
                }
            };
            base.append('"').append(name).append("\": ").append(value).append('\n');
        }
        return base.append("\"@signature-params\": ").append(signatureParameters).toString();
    }
}
