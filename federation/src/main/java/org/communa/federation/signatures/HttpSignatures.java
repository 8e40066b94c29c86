package org.communa.federation.signatures;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Signs outgoing requests and verifies incoming ones in either scheme. A request signed both ways is
 * checked with RFC 9421 (the stronger one); signatures older or newer than the window are refused.
 */
public final class HttpSignatures {

    private final Clock clock;
    private final Duration window;

    /** window: how far a signature's time may be from now, either way (clock skew plus transit). */
    public HttpSignatures(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** The headers to add to a request (Date, the body's digest, the signature); body null for a GET. */
    public Map<String, String> sign(SignatureScheme scheme, String method, URI target, byte[] body, String keyId, PrivateKey key) {
        return scheme == SignatureScheme.RFC_9421
                ? Rfc9421Signatures.sign(method, target, body, keyId, key, clock.instant())
                : CavageSignatures.sign(method, target, body, keyId, key, clock.instant());
    }

    public Verified verify(SignedRequest request, KeyResolver keys) throws SignatureRefused {
        if (request.header("signature-input").isPresent()) {
            return Rfc9421Signatures.verify(request, keys, clock.instant(), window);
        }
        String signature = request.header("signature").orElse(null);
        if (signature == null) {
            throw new SignatureRefused("the request is not signed (no Signature header)");
        }
        return CavageSignatures.verify(request, signature, keys, clock.instant(), window);
    }
}
