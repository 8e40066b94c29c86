package org.communa.federation.signatures;

/**
 * The two ways fediverse software signs HTTP requests. Hosts that do not understand a scheme may answer
 * 200 and drop the activity, so a sender remembers per host which one it accepts.
 */
public enum SignatureScheme {
    /** draft-cavage-http-signatures-12 with a Digest header: what Mastodon before 4.4, Mobilizon and most software speak. */
    DRAFT_CAVAGE,
    /** RFC 9421 HTTP Message Signatures with Content-Digest (RFC 9530): Mastodon 4.4+, Fedify 2. */
    RFC_9421;

    public String label() {
        return this == DRAFT_CAVAGE ? "draft-cavage-12" : "rfc9421";
    }

    public static SignatureScheme fromLabel(String label) {
        for (SignatureScheme scheme : values()) {
            if (scheme.label().equals(label)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("unknown signature scheme " + label);
    }
}
