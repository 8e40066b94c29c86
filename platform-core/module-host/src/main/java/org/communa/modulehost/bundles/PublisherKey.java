package org.communa.modulehost.bundles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;

/**
 * A module publisher's public key, as an admin gives it: a PEM certificate (what jarsigner's keystore
 * exports) or a PEM public key. Identified by the SHA-256 fingerprint of the encoded key, which is
 * what bundles' signatures are checked against.
 */
public record PublisherKey(String name, byte[] encoded) {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (CERTIFICATE|PUBLIC KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    public static PublisherKey parse(String pem, String givenName) {
        Matcher matcher = PEM.matcher(pem == null ? "" : pem);
        if (!matcher.find()) {
            throw Problem.badRequest("expected a PEM certificate (-----BEGIN CERTIFICATE-----) or public key "
                    + "(-----BEGIN PUBLIC KEY-----)");
        }
        byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
        if (matcher.group(1).equals("CERTIFICATE")) {
            X509Certificate certificate = certificate(der);
            return of(certificate.getPublicKey(), givenName != null ? givenName : commonName(certificate));
        }
        return of(publicKey(der), givenName != null ? givenName : "publisher");
    }

    public static PublisherKey of(PublicKey key, String name) {
        return new PublisherKey(name, key.getEncoded());
    }

    public String fingerprint() {
        return fingerprint(encoded);
    }

    public static String fingerprint(byte[] encodedKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        Matcher cn = Pattern.compile("CN=([^,]+)").matcher(subject);
        return cn.find() ? cn.group(1) : subject;
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw Problem.badRequest("not a readable X.509 certificate: " + e.getMessage());
        }
    }

    private static PublicKey publicKey(byte[] der) {
        for (String algorithm : new String[] {"EC", "RSA", "Ed25519", "DSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException | NoSuchAlgorithmException e) {
                // try the next algorithm
            }
        }
        throw Problem.badRequest("not a readable EC, RSA, Ed25519 or DSA public key");
    }

    public static String pem(byte[] encoded) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(encoded) + "\n-----END PUBLIC KEY-----\n";
    }
}
