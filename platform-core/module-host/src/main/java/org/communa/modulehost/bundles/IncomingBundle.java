package org.communa.modulehost.bundles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.communa.kernel.problem.Problem;

/**
 * A bundle on its way in (install or upgrade), checked before the framework sees it: a jar with an OSGi
 * manifest, built for an SDK major version the host serves, signed by a trusted publisher.
 */
public record IncomingBundle(byte[] content, BundleSignature.Signer signer, String symbolicName) {

    public static IncomingBundle check(InputStream upload, Map<String, String> trustedPublishers, boolean allowUnsigned) {
        byte[] jar;
        try {
            jar = upload.readAllBytes();
        } catch (IOException e) {
            throw Problem.badRequest("the bundle cannot be read: " + e.getMessage());
        }
        String symbolicName = checkManifest(jar);
        return new IncomingBundle(jar, BundleSignature.verify(jar, trustedPublishers, allowUnsigned), symbolicName);
    }

    public InputStream stream() {
        return new ByteArrayInputStream(content);
    }

    /** Checks the manifest; answers the bundle's symbolic name (without its directives). */
    private static String checkManifest(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                throw Problem.badRequest("not a module bundle: the jar has no OSGi manifest (Bundle-SymbolicName)");
            }
            String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            SdkCompatibility.check(symbolicName, manifest.getMainAttributes().getValue("Import-Package"));
            return symbolicName.split(";", 2)[0].trim();
        } catch (IOException e) {
            throw Problem.badRequest("not a jar file: " + e.getMessage());
        }
    }
}
