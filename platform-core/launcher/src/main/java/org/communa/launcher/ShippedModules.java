package org.communa.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Puts the module bundles built in this checkout (modules/NAME/target/communa-module-NAME-*.jar, not
 * the SDK, its test kit or the template) into var/modules, the directory the server installs modules from at start-up.
 */
final class ShippedModules {

    /** The SDK, its test kit and the template to copy are built in modules/ but are not modules to run. */
    private static final java.util.Set<String> NOT_MODULES = java.util.Set.of("api", "testkit", "template");

    private ShippedModules() {
    }

    static Path prepare(LauncherSettings settings) {
        Path target = settings.varDirectory().resolve("modules");
        try {
            Files.createDirectories(target);
            Path modules = settings.home().resolve("modules");
            if (!Files.isDirectory(modules)) {
                return target;
            }
            try (Stream<Path> built = Files.list(modules)) {
                for (Path module : built.filter(Files::isDirectory).toList()) {
                    if (NOT_MODULES.contains(module.getFileName().toString())) {
                        continue;
                    }
                    try (Stream<Path> jars = Files.list(module.resolve("target"))) {
                        for (Path jar : jars.filter(j -> j.getFileName().toString().matches("communa-module-.*\\.jar")).toList()) {
                            Files.copy(jar, target.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    } catch (java.nio.file.NoSuchFileException notBuilt) {
                        // a module that is not built is simply not shipped
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new LauncherException("cannot prepare the modules directory " + target + ": " + e.getMessage(), e);
        }
    }
}
