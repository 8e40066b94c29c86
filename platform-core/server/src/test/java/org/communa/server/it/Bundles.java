package org.communa.server.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Small bundles made on the fly, for what a real module must never be: unresolvable, or built for another SDK. */
final class Bundles {

    private Bundles() {
    }

    /** The shipped pages module bundle, as built by this reactor. */
    static byte[] pages() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("communa.it.pages.jar")));
        } catch (IOException e) {
            throw new IllegalStateException("the pages module must be built before the integration tests", e);
        }
    }

    /** The same bundle with another Bundle-Version: a new release of the module. */
    static byte[] withVersion(byte[] bundle, String version) {
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(bundle))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                java.util.jar.JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A bundle whose activator throws when started, compiled here with the JDK's compiler against the
     * OSGi API on the test class path.
     */
    static byte[] failingOnStart(String symbolicName, String message) {
        String source = "package broken; public class Activator implements org.osgi.framework.BundleActivator {"
                + " public void start(org.osgi.framework.BundleContext c) { throw new IllegalStateException(\"" + message + "\"); }"
                + " public void stop(org.osgi.framework.BundleContext c) { } }";
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("broken-bundle");
            java.nio.file.Path file = dir.resolve("Activator.java");
            java.nio.file.Files.writeString(file, source);
            javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
            int status = compiler.run(null, null, null, "-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
                    file.toString());
            if (status != 0) {
                throw new IllegalStateException("could not compile the broken activator");
            }
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", symbolicName);
            main.putValue("Bundle-Version", "1.0.0");
            main.putValue("Bundle-Activator", "broken.Activator");
            main.putValue("Import-Package", "org.osgi.framework");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
                jar.putNextEntry(new java.util.jar.JarEntry("broken/Activator.class"));
                jar.write(java.nio.file.Files.readAllBytes(dir.resolve("broken/Activator.class")));
                jar.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] withImports(String symbolicName, String importPackage) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", importPackage);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
