package org.communa.modulehost.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.communa.kernel.problem.Problem;

/**
 * Checks who signed a module bundle (standard JAR signing, as jarsigner and OSGi use it): every entry
 * signed, untouched since, by one key among the trusted publishers'. Unsigned bundles pass only where
 * the system admin explicitly allowed them.
 */
public final class BundleSignature {

    /** Who vouches for a bundle: a trusted publisher's name and key fingerprint, or nobody. */
    public record Signer(String name, String fingerprint) {
        public static final Signer UNSIGNED = new Signer("unsigned", null);
    }

    private BundleSignature() {
    }

    /** @param trusted trusted publishers by key fingerprint */
    public static Signer verify(byte[] bundle, Map<String, String> trusted, boolean allowUnsigned) {
        Set<String> signers = signerFingerprints(bundle);
        if (signers.isEmpty()) {
            if (allowUnsigned) {
                return Signer.UNSIGNED;
            }
            throw Problem.forbidden("the bundle is not signed, and this instance installs only bundles signed by a "
                    + "trusted publisher: sign it (jarsigner) with a key whose certificate a system admin added to "
                    + "/api/system/publishers, or allow unsigned bundles (communa.modules.allow-unsigned=true)");
        }
        for (String fingerprint : signers) {
            if (trusted.containsKey(fingerprint)) {
                return new Signer(trusted.get(fingerprint), fingerprint);
            }
        }
        throw Problem.forbidden("the bundle is signed by a key that is not a trusted publisher's (SHA-256 fingerprint "
                + String.join(", ", signers) + "): a system admin must add its certificate to /api/system/publishers first");
    }

    /** The fingerprints of the keys that signed every entry; empty for an unsigned bundle. */
    private static Set<String> signerFingerprints(byte[] bundle) {
        Path file = null;
        try {
            file = Files.createTempFile("communa-bundle", ".jar");
            Files.write(file, bundle);
            Set<String> common = null;
            try (JarFile jar = new JarFile(file.toFile(), true)) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                        continue;
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream()); // verification happens on reading
                    }
                    Set<String> keys = fingerprints(entry.getCodeSigners());
                    if (keys.isEmpty()) {
                        if (common != null && !common.isEmpty()) {
                            throw Problem.badRequest("the bundle's entry " + entry.getName() + " is not signed while others are: "
                                    + "it was changed after signing");
                        }
                        common = Set.of();
                        continue;
                    }
                    if (common != null && common.isEmpty()) {
                        throw Problem.badRequest("the bundle is only partly signed (" + entry.getName() + " is, others are not)");
                    }
                    if (common == null) {
                        common = new HashSet<>(keys);
                    } else {
                        common.retainAll(keys);
                    }
                }
            }
            return common == null ? Set.of() : common;
        } catch (SecurityException e) {
            throw Problem.badRequest("the bundle's signature does not match its content (changed after signing): " + e.getMessage());
        } catch (IOException e) {
            throw Problem.badRequest("not a readable jar file: " + e.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && (upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-"));
    }

    private static Set<String> fingerprints(CodeSigner[] signers) {
        Set<String> keys = new HashSet<>();
        if (signers != null) {
            for (CodeSigner signer : signers) {
                Certificate first = signer.getSignerCertPath().getCertificates().get(0);
                if (first instanceof X509Certificate certificate) {
                    keys.add(PublisherKey.fingerprint(certificate.getPublicKey().getEncoded()));
                }
            }
        }
        return keys;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
        }
    }
}
