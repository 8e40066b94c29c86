package org.communa.modulehost.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The embedded OSGi framework. It exports the module SDK packages (and nothing else of the host) to
 * bundles, and runs Felix SCR so that modules declare themselves as Declarative Services components.
 */
public final class FelixHost {

    private static final List<String> SCR_BUNDLES = List.of(
            "org.osgi.util.function.jar", "org.osgi.util.promise.jar", "org.osgi.service.component.jar",
            "org.apache.felix.scr.jar");

    private final Felix framework;

    public FelixHost(Path storage) throws BundleException, IOException {
        Files.createDirectories(storage);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SdkExports.systemPackages());
        // inside an application server: no global URL handlers, no JVM shutdown hook, no resolver threads
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.shutdown.hook", "false");
        config.put("felix.resolver.parallelism", "1");
        framework = new Felix(config);
        framework.init();
        framework.start();
        for (String name : SCR_BUNDLES) {
            try (InputStream bundle = FelixHost.class.getResourceAsStream("/felix-bundles/" + name)) {
                if (bundle == null) {
                    throw new IllegalStateException("the server is missing its bundle " + name);
                }
                context().installBundle("communa:" + name, bundle).start();
            }
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Bundle[] bundles() {
        return context().getBundles();
    }

    public void stop() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
