package org.communa.server.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tools the tests run that are published only on npm (axe-core, Fedify, activitypub-testing), installed
 * into a folder of target/ once per build; npm is the one package registry this machine reaches besides
 * Maven Central.
 */
final class NpmPackages {

    private NpmPackages() {
    }

    /** Installs the packages (name@version) into PREFIX unless MARKER, a file they bring, is already there. */
    static synchronized Path install(Path prefix, String marker, String... packages) {
        Path file = prefix.resolve("node_modules").resolve(marker);
        if (Files.exists(file)) {
            return prefix;
        }
        try {
            Files.createDirectories(prefix);
            var command = new java.util.ArrayList<>(java.util.List.of("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", prefix.toString()));
            command.addAll(java.util.List.of(packages));
            Process npm = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes());
            if (npm.waitFor() != 0 || !Files.exists(file)) {
                throw new IllegalStateException("npm could not install " + String.join(" ", packages) + ": " + output);
            }
            return prefix;
        } catch (IOException e) {
            throw new IllegalStateException("npm is not available: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
