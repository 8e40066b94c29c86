package org.communa.server.modules;

import org.communa.modulehost.bundles.BundleScripts;
import org.communa.modulehost.bundles.ModuleFaults;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.communa.modulehost.ModuleMigrations;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.server.demo.DemoModuleContent;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * A module joins the host only once its migrations have run: a module whose tables are missing or whose
 * migration was refused is never called, and its bundle shows the error. Demo instances then give it
 * its demo content.
 */
final class ModuleActivation implements ServiceTrackerCustomizer<ParticipationModule, ParticipationModule> {

    private static final Logger LOG = Logger.getLogger(ModuleActivation.class.getName());
    private final BundleContext context;
    private final ModuleMigrations migrations;
    private final DemoModuleContent demoContent;
    private final ModuleFaults faults;
    private final Supplier<List<ModuleManifest>> active;

    ModuleActivation(BundleContext context, ModuleMigrations migrations, DemoModuleContent demoContent, ModuleFaults faults,
            Supplier<List<ModuleManifest>> active) {
        this.context = context;
        this.migrations = migrations;
        this.demoContent = demoContent;
        this.faults = faults;
        this.active = active;
    }

    @Override
    public ParticipationModule addingService(ServiceReference<ParticipationModule> reference) {
        ParticipationModule module = context.getService(reference);
        Bundle bundle = reference.getBundle();
        if (module == null) {
            // Declarative Services could not create it: its class or its manifest threw while being built, which a
            // manifest that contradicts itself does (a malformed version range, an unknown action); refused, not kept
            faults.bundleRefused(bundle.getBundleId(), "its module " + reference.getProperty("component.name") + " could not be "
                    + "created: its manifest or its constructor threw (a manifest that contradicts itself, such as a malformed "
                    + "version range, does); the server log has the exception");
            return null;
        }
        try {
            ModuleManifest manifest = module.manifest();
            int applied = migrations.migrate(manifest.key(), BundleScripts.read(bundle, manifest.migrationsLocation()));
            if (applied > 0) {
                LOG.info("module " + manifest.key() + " " + manifest.version() + ": " + applied + " migration(s) applied");
            }
            // its published views open to the modules requiring it, and theirs to it
            migrations.connect(manifest, active.get());
            demoContent.seed(manifest);
            return module;
        } catch (RuntimeException e) {
            java.util.Optional<org.communa.modulehost.ModuleRefused> refused = org.communa.modulehost.ModuleRefused.in(e);
            if (refused.isPresent()) {
                faults.bundleRefused(bundle.getBundleId(), refused.get().getMessage());
            } else {
                faults.bundleFailed(bundle.getBundleId(), ModuleFaults.describe(e));
            }
            LOG.warning("module bundle " + bundle.getSymbolicName() + " quarantined: " + ModuleFaults.describe(e));
            context.ungetService(reference);
            return null;
        }
    }

    @Override
    public void modifiedService(ServiceReference<ParticipationModule> reference, ParticipationModule module) {
        // a module's properties do not change what it is
    }

    @Override
    public void removedService(ServiceReference<ParticipationModule> reference, ParticipationModule module) {
        try {
            migrations.disconnect(module.manifest(), active.get());
        } catch (RuntimeException e) {
            LOG.warning("the contracts of module " + module.manifest().key() + " stay open: " + ModuleFaults.describe(e));
        }
        context.ungetService(reference);
    }
}
