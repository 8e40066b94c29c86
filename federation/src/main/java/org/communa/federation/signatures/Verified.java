package org.communa.federation.signatures;

/**
 * A request whose signature checked out: the key that signed it, the scheme used, and a fingerprint of
 * the signature so that a replayed request can be recognised.
 */
public record Verified(String keyId, SignatureScheme scheme, String replayKey) {

    /** The key's owner, as actors name their keys: the key id without its fragment ("…/actor#main-key"). */
    public String keyOwner() {
        int hash = keyId.indexOf('#');
        return hash < 0 ? keyId : keyId.substring(0, hash);
    }
}
