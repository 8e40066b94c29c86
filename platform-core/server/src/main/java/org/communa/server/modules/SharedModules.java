package org.communa.server.modules;

import org.communa.modulehost.bundles.IncomingBundle;
import org.communa.modulehost.bundles.InstalledModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.kernel.problem.Problem;
import org.communa.server.cluster.Cluster;

/**
 * Module changes made by system admins, the same on every process of the instance: each is applied
 * here, written in the registry (in that order, so that a bundle the framework refuses is recorded
 * nowhere), then announced on the cluster; every process applies the registry after each scan of its
 * modules directory, and at once when told. Changes here and applications of the registry take turns.
 */
@ApplicationScoped
public class SharedModules {

    static final String TOPIC = "communa.modules";
    private static final Logger LOG = Logger.getLogger(SharedModules.class.getName());

    @Inject ModuleHost host;
    @Inject ModuleRegistry registry;
    @Inject ModuleRequirements requirements;
    @Inject Cluster cluster;
    @Inject org.communa.server.platform.CommunaSettings settings;
    private final Object changes = new Object();
    /** Registry entries this process could not apply, by digest: not tried again until they change. */
    private final Map<String, String> refusedHere = new HashMap<>();

    void listen() {
        cluster.subscribe(TOPIC, message -> {
            String[] parts = message.split(" ", 2);
            if (parts.length == 2 && "restore".equals(parts[0])) {
                host.soon(() -> host.bySymbolicName(parts[1]).filter(InstalledModule::quarantined)
                        .ifPresent(m -> host.restore(m.bundleId())));
            } else if (parts.length == 2 && "quarantine".equals(parts[0])) {
                String[] quarantine = parts[1].split("\n", 2);
                host.quarantine(quarantine[0], quarantine.length == 2 ? quarantine[1] : "quarantined on another process");
            } else {
                host.scanSoon();
            }
        });
    }

    /**
     * A module kept failing on this process and was quarantined here: it is quarantined on every process
     * (what breaks it, a bug or its data, is the same everywhere), until a system admin restores it.
     */
    void quarantinedHere(String moduleKey, String reason) {
        cluster.publish(TOPIC, "quarantine " + moduleKey + "\n" + reason + " (on " + settings.processName() + ")");
    }

    public InstalledModule install(String admin, InputStream content) {
        IncomingBundle incoming = host.check(content);
        InstalledModule installed;
        synchronized (changes) {
            host.bySymbolicName(incoming.symbolicName()).ifPresent(existing -> {
                throw new Problem(409, "Conflict", "bundle " + incoming.symbolicName() + " is already installed (version "
                        + existing.version() + "): upgrade it with PUT /api/system/modules/" + incoming.symbolicName());
            });
            installed = host.install("upload:" + UUID.randomUUID(), incoming);
            try {
                registry.save(admin, installed.symbolicName(), installed.version(), incoming.content());
            } catch (RuntimeException notRecorded) {
                host.remove(installed.bundleId()); // installed here only, the other processes would never have it
                throw notRecorded;
            }
        }
        cluster.publish(TOPIC, "changed " + installed.symbolicName());
        return installed;
    }

    public InstalledModule upgrade(String admin, String bundle, InputStream content) {
        IncomingBundle incoming = host.check(content);
        InstalledModule upgraded;
        synchronized (changes) {
            InstalledModule before = host.bundleNamed(bundle);
            Optional<byte[]> previous = registry.content(before.symbolicName());
            upgraded = host.upgrade(before.bundleId(), incoming);
            refuseIfItBrokeTheRules(upgraded, previous);
            refuseIfItBreaksADependent(upgraded, previous);
            registry.save(admin, upgraded.symbolicName(), upgraded.version(), incoming.content());
        }
        cluster.publish(TOPIC, "changed " + upgraded.symbolicName());
        return upgraded;
    }

    /** A new version whose migrations broke the host's rules (rolled back) is swapped back for the previous jar and refused. */
    private void refuseIfItBrokeTheRules(InstalledModule upgraded, Optional<byte[]> previous) {
        host.refusal(upgraded.bundleId()).ifPresent(refusal -> refuseUpgrade(upgraded, previous, 422, "Unprocessable Content", refusal));
    }

    /**
     * A module's version is known only once its bundle runs: a new version that a module requiring it does not
     * accept is swapped back for the previous jar (when the registry has it) and refused, naming who it would break.
     */
    private void refuseIfItBreaksADependent(InstalledModule upgraded, Optional<byte[]> previous) {
        Optional.ofNullable(upgraded.moduleKey()).flatMap(host::module).flatMap(module -> requirements.brokenBy(module.manifest()))
                .ifPresent(broken -> refuseUpgrade(upgraded, previous, 409, "Conflict", broken));
    }

    private void refuseUpgrade(InstalledModule upgraded, Optional<byte[]> previous, int status, String title, String reason) {
        if (previous.isPresent()) {
            host.upgrade(upgraded.bundleId(), host.check(new ByteArrayInputStream(previous.get())));
            throw new Problem(status, title, "the upgrade is refused and the previous version kept: " + reason);
        }
        throw new Problem(status, title, "the upgrade is refused: " + reason
                + " (the previous jar is not in the instance's registry: install it again)");
    }

    /** What removing a bundle did: the key of the module it carried, if active, and the modules that lose a feature. */
    public record Removal(Optional<String> moduleKey, List<ModuleRequirements.Degraded> degraded) {
    }

    /**
     * Removes a bundle from every process. Refused while a module that requires it has components; the modules
     * that only use it are in the answer.
     */
    public Removal remove(String admin, String bundle) {
        Optional<String> key;
        String symbolicName;
        List<ModuleRequirements.Degraded> degraded;
        synchronized (changes) {
            InstalledModule found = host.bundleNamed(bundle);
            degraded = found.moduleKey() == null ? List.of() : requirements.beforeRemoving(found.moduleKey());
            symbolicName = found.symbolicName();
            key = host.remove(found.bundleId());
            registry.markRemoved(admin, symbolicName);
        }
        cluster.publish(TOPIC, "changed " + symbolicName);
        return new Removal(key, degraded);
    }

    /** Lifts a quarantine here and on the other processes that hold one for the same bundle. */
    public InstalledModule restore(String bundle) {
        InstalledModule restored = host.restore(host.bundleNamed(bundle).bundleId());
        cluster.publish(TOPIC, "restore " + restored.symbolicName());
        return restored;
    }

    /**
     * Makes this process hold what the registry says: the same jars, none of those removed. The registry
     * is read inside the turn, not before it: a pass that read it before this process installed a bundle
     * through the API would otherwise apply the older entry after it, and remove what was just installed.
     */
    void reconcileAll() {
        if (!host.started()) {
            return;
        }
        synchronized (changes) {
            registry.entries().forEach(this::reconcile);
        }
    }

    private void reconcile(ModuleRegistry.Entry entry) {
        Optional<InstalledModule> here = host.bySymbolicName(entry.symbolicName());
        if (entry.removed()) {
            here.ifPresent(m -> {
                host.remove(m.bundleId());
                LOG.info("module bundle " + entry.symbolicName() + " removed: it was removed from the instance");
            });
            return;
        }
        if (here.isPresent() && entry.sha256().equals(host.digest(here.get().bundleId()))
                || entry.sha256().equals(refusedHere.get(entry.symbolicName()))) {
            return;
        }
        Optional<byte[]> jar = registry.content(entry.symbolicName());
        if (jar.isEmpty()) {
            return; // removed meanwhile: the next pass removes it
        }
        try (InputStream content = new ByteArrayInputStream(jar.get())) {
            IncomingBundle incoming = host.check(content);
            InstalledModule applied = here.isPresent() ? host.upgrade(here.get().bundleId(), incoming)
                    : host.install("registry:" + entry.symbolicName(), incoming);
            refusedHere.remove(entry.symbolicName());
            LOG.info("module bundle " + entry.symbolicName() + " " + applied.version() + " applied from the instance's registry"
                    + (applied.quarantined() ? ", quarantined: " + applied.error() : ""));
        } catch (IOException | RuntimeException e) {
            refusedHere.put(entry.symbolicName(), entry.sha256());
            LOG.warning("module bundle " + entry.symbolicName() + " from the instance's registry was not applied here: "
                    + e.getMessage());
        }
    }
}
