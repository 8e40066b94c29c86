package org.communa.federation.signatures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short fingerprint of a signature: the same signed request seen twice has the same one. */
final class ReplayKeys {

    private ReplayKeys() {
    }

    static String of(byte[] signature) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signature));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
