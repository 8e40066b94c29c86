package org.communa.server.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Bundles for the tests: the shipped pages module, new releases of it, and small bundles compiled here
 * with the JDK's compiler for what a real module must never be (unresolvable, failing, built for
 * another SDK).
 */
final class Bundles {

    private Bundles() {
    }

    /** The shipped pages module bundle, as built by this reactor, signed by the trusted test publisher. */
    static byte[] pages() {
        return TestPublishers.sign(pagesAsBuilt(), TestPublishers.TRUSTED);
    }

    /** The proposals module as built by this reactor, signed by the trusted test publisher. */
    static byte[] proposals() {
        return TestPublishers.sign(built("communa.it.proposals.jar"), TestPublishers.TRUSTED);
    }

    /** The budgets module as built by this reactor, signed by the trusted test publisher. */
    static byte[] budgets() {
        return TestPublishers.sign(built("communa.it.budgets.jar"), TestPublishers.TRUSTED);
    }

    /** The surveys module as built by this reactor, signed by the trusted test publisher. */
    static byte[] surveys() {
        return TestPublishers.sign(built("communa.it.surveys.jar"), TestPublishers.TRUSTED);
    }

    /** The meetings module as built by this reactor, signed by the trusted test publisher. */
    static byte[] meetings() {
        return TestPublishers.sign(built("communa.it.meetings.jar"), TestPublishers.TRUSTED);
    }

    /** The module template as built by this reactor, signed by the trusted test publisher. */
    static byte[] template() {
        return TestPublishers.sign(built("communa.it.template.jar"), TestPublishers.TRUSTED);
    }

    static byte[] pagesAsBuilt() {
        return built("communa.it.pages.jar");
    }

    private static byte[] built(String property) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty(property)));
        } catch (IOException e) {
            throw new IllegalStateException("the modules must be built before the integration tests", e);
        }
    }

    /** A new release of the pages module, signed: another Bundle-Version, plus entries such as a new migration. */
    static byte[] pagesRelease(String version, Map<String, String> addedEntries) {
        return TestPublishers.sign(release(pagesAsBuilt(), version, addedEntries), TestPublishers.TRUSTED);
    }

    /** The module template with other entries (a migration), signed by the trusted publisher. */
    static byte[] templateRelease(String version, Map<String, String> addedEntries) {
        return TestPublishers.sign(release(built("communa.it.template.jar"), version, addedEntries), TestPublishers.TRUSTED);
    }

    static byte[] release(byte[] bundle, String version, Map<String, String> addedEntries) {
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(bundle))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Map.Entry<String, String> added : addedEntries.entrySet()) {
                    out.putNextEntry(new JarEntry(added.getKey()));
                    out.write(added.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundle whose activator throws when started. */
    static byte[] failingOnStart(String symbolicName, String message) {
        String source = "package broken; public class Activator implements org.osgi.framework.BundleActivator {"
                + " public void start(org.osgi.framework.BundleContext c) { throw new IllegalStateException(\"" + message + "\"); }"
                + " public void stop(org.osgi.framework.BundleContext c) { } }";
        return compiled(symbolicName, "broken.Activator", source,
                Map.of("Bundle-Activator", "broken.Activator", "Import-Package", "org.osgi.framework"), Map.of());
    }

    /** A real module (Declarative Services) whose every answer throws: a module broken at run time. */
    static byte[] faultyModule(String key) {
        String source = "package faulty; import org.communa.module.api.*; import org.communa.module.api.http.*;"
                + " public class FaultyModule implements ParticipationModule {"
                + " static final ModuleManifest M = ModuleManifest.module(\"" + key + "\", \"1.0.0\").name(\"fr\", \"Fautif\")"
                + ".name(\"en\", \"Faulty\").route(Route.get(\"\", r -> { throw new IllegalStateException(\"index is broken\"); })).build();"
                + " public ModuleManifest manifest() { return M; } }";
        String component = "<?xml version=\"1.0\"?><scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\""
                + " name=\"faulty.FaultyModule\"><implementation class=\"faulty.FaultyModule\"/>"
                + "<service><provide interface=\"org.communa.module.api.ParticipationModule\"/></service></scr:component>";
        return compiled("org.example." + key, "faulty.FaultyModule", source, Map.of(
                "Import-Package", "org.communa.module.api;version=\"[1.0,2)\",org.communa.module.api.http;version=\"[1.0,2)\"",
                "Service-Component", "OSGI-INF/faulty.xml"), Map.of("OSGI-INF/faulty.xml", component));
    }

    /**
     * A real module KEY at VERSION, signed, answering its index, that requires (mandatory) or uses (optional) the
     * module REQUIRED in RANGE; REQUIRED null: it requires nothing.
     */
    static byte[] moduleRequiring(String key, String version, String required, String range, boolean mandatory) {
        String className = "needs" + key.replace("-", "") + ".NeedingModule";
        String requirement = required == null ? "" : "." + (mandatory ? "requires" : "uses") + "(\"" + required + "\", \"" + range + "\")";
        String source = "package " + className.substring(0, className.indexOf('.')) + "; import org.communa.module.api.*; "
                + "import org.communa.module.api.http.*; public class NeedingModule implements ParticipationModule {"
                + " static final ModuleManifest M = ModuleManifest.module(\"" + key + "\", \"" + version + "\").name(\"fr\", \"Exigeant\")"
                + ".name(\"en\", \"Needing\")" + requirement + ".route(Route.get(\"\", r -> ModuleResponse.json(200, \"{}\"))).build();"
                + " public ModuleManifest manifest() { return M; } }";
        String component = "<?xml version=\"1.0\"?><scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\""
                + " name=\"" + className + "\"><implementation class=\"" + className + "\"/>"
                + "<service><provide interface=\"org.communa.module.api.ParticipationModule\"/></service></scr:component>";
        return compiled("org.example." + key, className, source, Map.of(
                "Bundle-Version", version,
                "Import-Package", "org.communa.module.api;version=\"[1.6,2)\",org.communa.module.api.http;version=\"[1.0,2)\"",
                "Service-Component", "OSGI-INF/needing.xml"), Map.of("OSGI-INF/needing.xml", component));
    }

    static byte[] withImports(String symbolicName, String importPackage) {
        return TestPublishers.sign(jar(manifest(symbolicName, Map.of("Import-Package", importPackage)),
                Map.of("README.txt", "a bundle that only imports".getBytes(StandardCharsets.UTF_8))), TestPublishers.TRUSTED);
    }

    private static byte[] compiled(String symbolicName, String className, String source, Map<String, String> headers,
            Map<String, String> resources) {
        try {
            Path dir = Files.createTempDirectory("test-bundle");
            Path file = dir.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
            Files.writeString(file, source);
            int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(),
                    "-classpath", System.getProperty("java.class.path"), file.toString());
            if (status != 0) {
                throw new IllegalStateException("could not compile " + className);
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (var classes = Files.walk(dir)) {
                for (Path c : (Iterable<Path>) classes.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    entries.put(dir.relativize(c).toString(), Files.readAllBytes(c));
                }
            }
            resources.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
            return TestPublishers.sign(jar(manifest(symbolicName, headers), entries), TestPublishers.TRUSTED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Manifest manifest(String symbolicName, Map<String, String> headers) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        return manifest;
    }

    static byte[] jar(Manifest manifest, Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
