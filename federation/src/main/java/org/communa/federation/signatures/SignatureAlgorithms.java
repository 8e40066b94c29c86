package org.communa.federation.signatures;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.nio.charset.StandardCharsets;

/**
 * Signing and checking bytes with an actor key: RSASSA-PKCS1-v1_5 with SHA-256 for RSA keys (what
 * "rsa-sha256", "hs2019" and "rsa-v1_5-sha256" mean in practice), Ed25519 for Ed25519 keys. The key decides,
 * not the algorithm a request claims, so that a claim cannot downgrade the check.
 */
final class SignatureAlgorithms {

    private SignatureAlgorithms() {
    }

    static byte[] sign(PrivateKey key, String base) {
        try {
            Signature signature = Signature.getInstance(jcaName(key.getAlgorithm()));
            signature.initSign(key);
            signature.update(base.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a " + key.getAlgorithm() + " key", e);
        }
    }

    static boolean verify(PublicKey key, String base, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(jcaName(key.getAlgorithm()));
            signature.initVerify(key);
            signature.update(base.getBytes(StandardCharsets.UTF_8));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether an algorithm a request names is compatible with the key (null: the request names none). */
    static boolean compatible(String claimed, PublicKey key) {
        if (claimed == null || claimed.equals("hs2019")) {
            return true;
        }
        boolean rsa = key.getAlgorithm().equals("RSA");
        return rsa ? claimed.equals("rsa-sha256") || claimed.equals("rsa-v1_5-sha256") : claimed.equals("ed25519");
    }

    private static String jcaName(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + keyAlgorithm);
        };
    }
}
