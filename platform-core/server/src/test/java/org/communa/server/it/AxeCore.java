package org.communa.server.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * axe-core, the accessibility engine, fetched from npm into target/ once per build (npm is the only
 * place it is published), then injected into pages under test.
 */
final class AxeCore {

    private static final String VERSION = "4.10.3";
    private static final Path PREFIX = Path.of("target/axe");
    private static String script;

    private AxeCore() {
    }

    static synchronized String script() {
        if (script == null) {
            Path file = NpmPackages.install(PREFIX, "axe-core/axe.min.js", "axe-core@" + VERSION)
                    .resolve("node_modules/axe-core/axe.min.js");
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is not available: " + e.getMessage(), e);
            }
        }
        return script;
    }
}
