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
            Path file = PREFIX.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(PREFIX);
                    Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                            PREFIX.toString(), "axe-core@" + VERSION).redirectErrorStream(true).start();
                    String output = new String(npm.getInputStream().readAllBytes());
                    if (npm.waitFor() != 0 || !Files.exists(file)) {
                        throw new IllegalStateException("npm could not fetch axe-core " + VERSION + ": " + output);
                    }
                }
                script = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is not available: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return script;
    }
}
