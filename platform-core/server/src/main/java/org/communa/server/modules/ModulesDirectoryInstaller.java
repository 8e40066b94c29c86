package org.communa.server.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** The modules directory's side of the host: files in, bundles out. A refused file is logged and left alone. */
final class ModulesDirectoryInstaller implements ModulesDirectoryWatcher.Target {

    private static final Logger LOG = Logger.getLogger(ModulesDirectoryInstaller.class.getName());
    private final ModuleHost host;

    ModulesDirectoryInstaller(ModuleHost host) {
        this.host = host;
    }

    @Override
    public long installFile(Path jar) {
        try (InputStream content = Files.newInputStream(jar)) {
            return host.install(jar.toUri().toString(), content).bundleId();
        } catch (IOException | RuntimeException e) {
            LOG.warning("module " + jar + " was not installed: " + e.getMessage());
            return -1;
        }
    }

    @Override
    public void upgradeFile(long bundleId, Path jar) {
        try (InputStream content = Files.newInputStream(jar)) {
            host.upgrade(bundleId, content);
        } catch (IOException | RuntimeException e) {
            LOG.warning("module " + jar + " was not upgraded: " + e.getMessage());
        }
    }

    @Override
    public void removeBundle(long bundleId) {
        try {
            host.remove(bundleId);
        } catch (RuntimeException e) {
            LOG.warning("module bundle " + bundleId + " was not removed: " + e.getMessage());
        }
    }
}
