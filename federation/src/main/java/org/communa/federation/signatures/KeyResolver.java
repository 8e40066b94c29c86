package org.communa.federation.signatures;

import java.security.PublicKey;

/**
 * Finds the public key named by a signature's key id: from a cache, or by fetching the actor. The
 * verifier asks again with {@code fresh} when a cached key fails, so that a rotated key is picked up.
 */
@FunctionalInterface
public interface KeyResolver {

    PublicKey publicKey(String keyId, boolean fresh) throws SignatureRefused;
}
