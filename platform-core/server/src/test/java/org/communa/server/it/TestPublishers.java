package org.communa.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * Module publishers for the tests, made the way a real publisher makes them: a key pair and
 * certificate from the JDK's keytool, bundles signed with the JDK's jarsigner API. "trusted" has its
 * certificate in the test server's trusted-publishers directory before the server starts; "stranger"
 * signs correctly but nobody trusts it.
 */
final class TestPublishers {

    static final String TRUSTED = "trusted";
    static final String STRANGER = "stranger";
    private static final char[] PASSWORD = "test-publisher".toCharArray();

    private TestPublishers() {
    }

    /** Creates both publishers (once per build), trusts one, and drops the signed pages, proposals, budgets, meetings and surveys modules in the modules directory. */
    static void prepare() {
        try {
            Path dir = Path.of(System.getProperty("communa.it.publisher.dir"));
            Files.createDirectories(dir);
            for (String alias : List.of(TRUSTED, STRANGER)) {
                if (!Files.exists(keystore(alias))) {
                    keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                            "-dname", "CN=Communa test publisher " + alias, "-storetype", "PKCS12",
                            "-keystore", keystore(alias).toString(), "-storepass", new String(PASSWORD));
                }
            }
            Path trustedDir = Path.of(System.getProperty("communa.it.trusted.dir"));
            Files.createDirectories(trustedDir);
            Files.writeString(trustedDir.resolve("communa-test-publisher.pem"), certificatePem(TRUSTED));
            Path modules = Path.of(System.getProperty("communa.it.modules.dir"));
            Files.createDirectories(modules);
            Files.write(modules.resolve("communa-module-pages.jar"), Bundles.pages());
            Files.write(modules.resolve("communa-module-proposals.jar"), Bundles.proposals());
            Files.write(modules.resolve("communa-module-budgets.jar"), Bundles.budgets());
            Files.write(modules.resolve("communa-module-meetings.jar"), Bundles.meetings());
            Files.write(modules.resolve("communa-module-surveys.jar"), Bundles.surveys());
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the test module publishers: " + e.getMessage(), e);
        }
    }

    /** The publisher's certificate as `keytool -exportcert -rfc` prints it. */
    static String certificatePem(String publisher) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(
                    load(publisher).getCertificate(publisher).getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundle signed by this publisher, as jarsigner would sign it. */
    static byte[] sign(byte[] jar, String publisher) {
        try {
            KeyStore store = load(publisher);
            PrivateKey key = (PrivateKey) store.getKey(publisher, PASSWORD);
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(store.getCertificateChain(publisher)));
            Path in = Files.createTempFile("unsigned", ".jar");
            Files.write(in, jar);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(in.toFile())) {
                new JarSigner.Builder(key, path).signerName("COMMUNA").build().sign(zip, out);
            }
            Files.delete(in);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the bundle: " + e.getMessage(), e);
        }
    }

    private static Path keystore(String alias) {
        return Path.of(System.getProperty("communa.it.publisher.dir"), alias + ".p12");
    }

    private static KeyStore load(String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore(alias))) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
