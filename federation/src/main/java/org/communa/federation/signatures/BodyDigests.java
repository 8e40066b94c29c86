package org.communa.federation.signatures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Digests of a request body: the {@code Digest} header of draft-cavage ("SHA-256=base64") and the
 * {@code Content-Digest} field of RFC 9530 ("sha-256=:base64:"). A signature covers the digest, the digest covers the body.
 */
public final class BodyDigests {

    private static final Map<String, String> ALGORITHMS = Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

    private BodyDigests() {
    }

    public static String digestHeader(byte[] body) {
        return "SHA-256=" + base64(body, "SHA-256");
    }

    public static String contentDigest(byte[] body) {
        return "sha-256=:" + base64(body, "SHA-256") + ":";
    }

    /** Checks a Digest header ("SHA-256=…", possibly several comma-separated); one known algorithm must match. */
    static void checkDigestHeader(String header, byte[] body) throws SignatureRefused {
        boolean known = false;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String algorithm = ALGORITHMS.get(part.substring(0, eq).strip().toLowerCase(Locale.ROOT));
            if (algorithm == null) {
                continue;
            }
            known = true;
            if (!MessageDigest.isEqual(part.substring(eq + 1).strip().getBytes(), base64(body, algorithm).getBytes())) {
                throw new SignatureRefused("the Digest header does not match the body");
            }
        }
        if (!known) {
            throw new SignatureRefused("the Digest header has no SHA-256 or SHA-512 digest");
        }
    }

    /** Checks a Content-Digest field (a structured dictionary of byte sequences); one known algorithm must match. */
    static void checkContentDigest(String field, byte[] body) throws SignatureRefused {
        Map<String, StructuredFields.Member> members;
        try {
            members = StructuredFields.dictionary(field);
        } catch (IllegalArgumentException e) {
            throw new SignatureRefused("the Content-Digest field is malformed: " + e.getMessage());
        }
        boolean known = false;
        for (Map.Entry<String, StructuredFields.Member> member : members.entrySet()) {
            String algorithm = ALGORITHMS.get(member.getKey());
            if (algorithm == null || !(member.getValue().value() instanceof byte[] expected)) {
                continue;
            }
            known = true;
            if (!MessageDigest.isEqual(expected, raw(body, algorithm))) {
                throw new SignatureRefused("the Content-Digest field does not match the body");
            }
        }
        if (!known) {
            throw new SignatureRefused("the Content-Digest field has no sha-256 or sha-512 digest");
        }
    }

    private static String base64(byte[] body, String algorithm) {
        return Base64.getEncoder().encodeToString(raw(body, algorithm));
    }

    private static byte[] raw(byte[] body, String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
