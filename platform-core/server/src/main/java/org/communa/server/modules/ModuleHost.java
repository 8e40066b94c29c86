package org.communa.server.modules;

import org.communa.modulehost.bundles.FelixHost;
import org.communa.modulehost.bundles.BundleSignature;
import org.communa.modulehost.bundles.IncomingBundle;
import org.communa.modulehost.bundles.InstalledModule;
import org.communa.modulehost.bundles.ModuleFaults;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.modulehost.ModuleMigrations;
import org.communa.server.demo.DemoModuleContent;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.PlatformStarted;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Runs participation modules: starts the embedded framework with the application, installs the
 * bundles of the modules directory, tracks the modules they register, and keeps the error of any
 * bundle that fails (quarantine) so that system admins see it while everything else keeps serving.
 */
@ApplicationScoped
public class ModuleHost {

    private static final Logger LOG = Logger.getLogger(ModuleHost.class.getName());
    @Inject CommunaSettings settings;
    @Inject ModuleMigrations migrations;
    @Inject TrustedPublishers publishers;
    @Inject DemoModuleContent demoContent;

    private FelixHost felix;
    private ModulesDirectoryWatcher watcher;
    private ServiceTracker<ParticipationModule, ParticipationModule> tracker;
    private ModuleFaults faults;
    @Inject SharedModules shared;
    /** The SHA-256 of each bundle's jar as installed or upgraded here, to compare with the instance's registry. */
    private final Map<Long, String> digests = new ConcurrentHashMap<>();
    /** Who signed each bundle, as checked when it was installed or upgraded. */
    private final Map<Long, BundleSignature.Signer> signers = new ConcurrentHashMap<>();
    /** Keys of modules being upgraded: requests wait for the new version instead of failing. */
    private final Set<String> upgrading = ConcurrentHashMap.newKeySet();
    private static final long UPGRADE_WAIT_MILLIS = 10_000;
    private static final long ACTIVATION_WAIT_MILLIS = 60_000;

    /** After the demo seeder (priority 100), which creates the components demo content goes into. */
    void start(@Observes @jakarta.annotation.Priority(200) PlatformStarted started) {
        try {
            felix = new FelixHost(Files.createTempDirectory("communa-felix"));
        } catch (BundleException | IOException e) {
            throw new IllegalStateException("the module host cannot start: " + e.getMessage(), e);
        }
        faults = new ModuleFaults(settings.moduleFailureThreshold());
        tracker = new ServiceTracker<>(felix.context(), ParticipationModule.class,
                new ModuleActivation(felix.context(), migrations, demoContent, faults, this::activeManifests));
        tracker.open();
        publishers.importDirectory(settings.trustedPublishers());
        if (settings.allowUnsignedModules()) {
            LOG.warning("unsigned module bundles are allowed on this instance (communa.modules.allow-unsigned=true)");
        }
        Path directory = settings.modulesDirectory();
        if (!Files.isDirectory(directory)) {
            LOG.info("no modules directory at " + directory + ": modules come only through the system API");
        }
        // the directory's bundles, then the instance's registry over them, before this process says it is ready;
        // then both again every two seconds, or at once when another process says a module changed
        watcher = new ModulesDirectoryWatcher(directory, new ModulesDirectoryInstaller(this), shared::reconcileAll);
        watcher.start();
        shared.listen();
    }

    /** Looks at the modules directory and the instance's registry now rather than at the next scan. */
    void scanSoon() {
        soon(() -> { });
    }

    /**
     * Runs a module change asked for by another process on the thread that scans the modules directory and
     * applies the registry (in turn with them, never on the data grid's own thread), followed by a scan.
     */
    void soon(Runnable change) {
        if (watcher != null) {
            watcher.soon(change);
        }
    }

    /** Reads and checks a bundle on its way in: a jar with a manifest, for this SDK, signed as required. */
    IncomingBundle check(InputStream content) {
        return IncomingBundle.check(content, publishers.byFingerprint(), settings.allowUnsignedModules());
    }

    /** Installs and starts a bundle; a bundle that fails to resolve or start stays installed, quarantined. */
    public InstalledModule install(String location, InputStream content) {
        return install(location, check(content));
    }

    InstalledModule install(String location, IncomingBundle incoming) {
        Bundle bundle;
        try {
            bundle = felix.context().installBundle(location, incoming.stream());
        } catch (BundleException e) {
            throw Problem.badRequest("not an installable bundle: " + e.getMessage());
        }
        signers.put(bundle.getBundleId(), incoming.signer());
        digests.put(bundle.getBundleId(), ModuleRegistry.digest(incoming.content()));
        try {
            bundle.start();
            awaitActivation(bundle);
        } catch (BundleException | RuntimeException e) {
            faults.bundleFailed(bundle.getBundleId(), ModuleFaults.describe(e));
            LOG.warning("module bundle " + bundle.getSymbolicName() + " quarantined: " + e.getMessage());
        }
        refuseIfItBrokeTheRules(bundle);
        return describe(bundle);
    }

    /**
     * A bundle whose migrations broke the host's rules (they ran in a transaction that was rolled back) is not kept
     * quarantined like one that failed: it goes, with the reason, and the instance is as it was before the install.
     */
    private void refuseIfItBrokeTheRules(Bundle bundle) {
        Optional<String> refusal = faults.refusal(bundle.getBundleId());
        if (refusal.isEmpty()) {
            return;
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            LOG.warning("refused bundle " + bundle.getSymbolicName() + " did not uninstall: " + e.getMessage());
        }
        faults.clear(bundle.getBundleId(), null);
        signers.remove(bundle.getBundleId());
        digests.remove(bundle.getBundleId());
        throw new Problem(422, "Unprocessable Content", "the module is refused: " + refusal.get());
    }

    /**
     * Declarative Services activate a bundle's module asynchronously, and its migrations run then: the
     * install answers once the module serves, or its error is known.
     */
    private void awaitActivation(Bundle bundle) {
        if (bundle.getHeaders().get("Service-Component") == null) {
            return;
        }
        long deadline = System.currentTimeMillis() + ACTIVATION_WAIT_MILLIS;
        while (manifestOf(bundle) == null && faults.error(bundle.getBundleId(), null).isEmpty()
                && bundle.getState() == Bundle.ACTIVE && System.currentTimeMillis() < deadline) {
            pause();
        }
    }

    /** Whether the module framework runs (it starts after the platform; jobs may run before). */
    public boolean started() {
        return felix != null;
    }

    /** The installed module bundles (the framework's own and SCR's are not modules); none before the host starts. */
    public List<InstalledModule> list() {
        List<InstalledModule> modules = new ArrayList<>();
        if (felix == null) {
            return modules;
        }
        for (Bundle bundle : felix.bundles()) {
            if (bundle.getBundleId() != 0 && !bundle.getLocation().startsWith("communa:")) {
                modules.add(describe(bundle));
            }
        }
        return modules;
    }

    /**
     * Replaces a module bundle by a new version while requests continue: callers asking for the module
     * during the swap wait for the new version (bundle update takes tens of milliseconds) rather than fail.
     */
    public InstalledModule upgrade(long bundleId, InputStream content) {
        return upgrade(bundleId, check(content));
    }

    InstalledModule upgrade(long bundleId, IncomingBundle incoming) {
        Bundle bundle = bundle(bundleId);
        InstalledModule before = describe(bundle);
        if (!incoming.symbolicName().equals(before.symbolicName())) {
            throw Problem.badRequest("bundle " + before.symbolicName() + " cannot be upgraded by a jar of another bundle ("
                    + incoming.symbolicName() + "): install that one instead");
        }
        if (before.moduleKey() != null) {
            upgrading.add(before.moduleKey());
        }
        try {
            faults.clear(bundleId, before.moduleKey());
            bundle.update(incoming.stream());
            signers.put(bundleId, incoming.signer());
            digests.put(bundleId, ModuleRegistry.digest(incoming.content()));
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
            awaitActivation(bundle);
        } catch (BundleException | RuntimeException e) {
            faults.bundleFailed(bundleId, ModuleFaults.describe(e));
            LOG.warning("module bundle " + bundle.getSymbolicName() + " quarantined after upgrade: " + e.getMessage());
        } finally {
            if (before.moduleKey() != null) {
                upgrading.remove(before.moduleKey());
            }
        }
        return describe(bundle);
    }

    /** Why the bundle's module was refused (its migrations broke the host's rules), if it was. */
    public Optional<String> refusal(long bundleId) {
        return faults.refusal(bundleId);
    }

    /**
     * Uninstalls a module bundle; its components stay, with their data, and answer 503 until it returns.
     * Returns the key of the module it carried, if it was active.
     */
    public Optional<String> remove(long bundleId) {
        Bundle bundle = bundle(bundleId);
        String key = describe(bundle).moduleKey();
        try {
            bundle.uninstall();
            faults.clear(bundleId, key);
            signers.remove(bundleId);
            digests.remove(bundleId);
        } catch (BundleException e) {
            throw new Problem(409, "Conflict", "the bundle cannot be removed: " + e.getMessage());
        }
        return Optional.ofNullable(key);
    }

    /** Lifts a quarantine: the module is called again (and a bundle that failed to start is started again). */
    public InstalledModule restore(long bundleId) {
        Bundle bundle = bundle(bundleId);
        faults.clear(bundleId, describe(bundle).moduleKey());
        if (bundle.getState() != Bundle.ACTIVE) {
            try {
                bundle.start();
                awaitActivation(bundle);
            } catch (BundleException | RuntimeException e) {
                faults.bundleFailed(bundleId, ModuleFaults.describe(e));
            }
        }
        return describe(bundle);
    }

    /** A module answered: its run of failures, if any, is over. */
    public void answered(String moduleKey) {
        faults.answered(moduleKey);
    }

    /**
     * A module failed to answer a well-formed request; after several failures in a row to signed-in callers
     * (null: anonymous) it is quarantined (the rule is {@link ModuleFaults}'s).
     */
    public void answerFailed(String moduleKey, String caller, Throwable error) {
        if (faults.answerFailed(moduleKey, caller, ModuleFaults.describe(error))) {
            LOG.warning("module " + moduleKey + " quarantined: it keeps failing to answer (" + ModuleFaults.describe(error) + ")");
            shared.quarantinedHere(moduleKey, faults.quarantineReason(moduleKey).orElse(""));
        }
    }

    /** Another process quarantined this module: it is not called here either, until an admin restores it. */
    void quarantine(String moduleKey, String reason) {
        if (faults.quarantine(moduleKey, reason)) {
            LOG.warning("module " + moduleKey + " quarantined: " + reason);
        }
    }

    /** A module bundle by its number on this process or, the same on every process, its symbolic name. */
    public InstalledModule bundleNamed(String bundleIdOrName) {
        if (bundleIdOrName.matches("\\d{1,18}")) {
            return describe(bundle(Long.parseLong(bundleIdOrName)));
        }
        return bySymbolicName(bundleIdOrName).orElseThrow(() -> Problem.notFound("no module bundle " + bundleIdOrName));
    }

    /** The module bundle with this symbolic name on this process, if any. */
    public Optional<InstalledModule> bySymbolicName(String symbolicName) {
        return list().stream().filter(m -> symbolicName.equals(m.symbolicName())).findFirst();
    }

    /** The SHA-256 of the jar this process installed for a bundle (empty when unknown). */
    String digest(long bundleId) {
        return digests.getOrDefault(bundleId, "");
    }

    private Bundle bundle(long bundleId) {
        Bundle bundle = felix.context().getBundle(bundleId);
        if (bundle == null || bundleId == 0 || bundle.getLocation().startsWith("communa:")) {
            throw Problem.notFound("no module bundle " + bundleId);
        }
        return bundle;
    }

    /** The active module with this key; while it is being upgraded, waits for the new version. */
    public Optional<ParticipationModule> module(String key) {
        if (faults.isQuarantined(key)) {
            return Optional.empty();
        }
        Optional<ParticipationModule> found = find(key);
        long deadline = System.currentTimeMillis() + UPGRADE_WAIT_MILLIS;
        while (found.isEmpty() && upgrading.contains(key) && System.currentTimeMillis() < deadline) {
            pause();
            found = find(key);
        }
        return found;
    }

    /** The manifests of the active (migrated, not quarantined) modules. */
    public List<ModuleManifest> activeManifests() {
        List<ModuleManifest> manifests = new ArrayList<>();
        ServiceReference<ParticipationModule>[] references = tracker == null ? null : tracker.getServiceReferences();
        if (references != null) {
            for (ServiceReference<ParticipationModule> reference : references) {
                ParticipationModule module = tracker.getService(reference);
                if (module != null && !faults.isQuarantined(module.manifest().key())) {
                    manifests.add(module.manifest());
                }
            }
        }
        return manifests;
    }

    /**
     * Whether the module this manifest came from has been replaced (an upgrade under way or done) since: a
     * request that failed meanwhile failed because its bundle went away, not because of the module.
     */
    public boolean replacedSince(ModuleManifest manifest) {
        return upgrading.contains(manifest.key()) || module(manifest.key()).map(m -> m.manifest() != manifest).orElse(false);
    }

    /** A template of an active module's bundle (templates/NAME.peb), for the page layer. */
    public Optional<String> template(String moduleKey, String name) {
        return resource(moduleKey, "templates/" + name + ".peb").map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A file inside an active module's bundle (templates, message bundles), if the module is there and has it. */
    public Optional<byte[]> resource(String moduleKey, String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        return tracked(moduleKey).map(reference -> reference.getBundle().getEntry(path)).flatMap(entry -> {
            try (InputStream in = entry.openStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<ParticipationModule> find(String key) {
        return tracked(key).map(tracker::getService);
    }

    /** The service reference of the tracked (migrated, active) module with this key. */
    private Optional<ServiceReference<ParticipationModule>> tracked(String key) {
        ServiceReference<ParticipationModule>[] references = tracker.getServiceReferences();
        if (references == null) {
            return Optional.empty();
        }
        for (ServiceReference<ParticipationModule> reference : references) {
            ParticipationModule module = tracker.getService(reference);
            if (module != null && module.manifest().key().equals(key)) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }

    private InstalledModule describe(Bundle bundle) {
        ModuleManifest manifest = manifestOf(bundle);
        String key = manifest == null ? null : manifest.key();
        return new InstalledModule(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                bundle.getHeaders().get("Bundle-Vendor"), stateName(bundle.getState()),
                key, manifest == null ? null : manifest.version(), manifest == null ? java.util.Map.of() : manifest.names(),
                signers.getOrDefault(bundle.getBundleId(), BundleSignature.Signer.UNSIGNED).name(),
                faults.error(bundle.getBundleId(), key).orElse(null));
    }

    private ModuleManifest manifestOf(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return null;
        }
        for (ServiceReference<?> reference : registered) {
            // only a tracked module counts: one whose migrations ran
            Object service = tracker.getService(castReference(reference));
            if (service instanceof ParticipationModule module) {
                return module.manifest();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<ParticipationModule> castReference(ServiceReference<?> reference) {
        return (ServiceReference<ParticipationModule>) reference;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
        if (tracker != null) {
            tracker.close();
        }
        if (felix != null) {
            felix.stop();
        }
    }
}
