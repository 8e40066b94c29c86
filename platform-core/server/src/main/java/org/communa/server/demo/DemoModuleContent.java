package org.communa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.modules.ActionContext;
import org.communa.kernel.modules.JdbcModuleData;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ModuleManifest;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.Platform;
import org.communa.tenants.HostResolver;

/**
 * Gives a module's demo content to its components in the demo organisations, each time the module
 * starts on a demo instance. Demo content never stops a module: a failure is logged and skipped.
 */
@ApplicationScoped
public class DemoModuleContent {

    private static final Logger LOG = Logger.getLogger(DemoModuleContent.class.getName());
    /** The components of a module and their space, as the module would see them. */
    private record DemoComponent(java.util.UUID id, String spaceSlug) {
    }

    @Inject CommunaSettings settings;
    @Inject Platform platform;
    @Inject HostResolver hosts;

    public void seed(ModuleManifest manifest) {
        if (!settings.demoSeed() || manifest.demoSeed() == null) {
            return;
        }
        for (String host : DemoSeeder.DEMO_HOSTS) {
            hosts.resolve(host).map(HostResolver.ResolvedHost::tenant).ifPresent(tenant -> seedIn(tenant, manifest));
        }
    }

    private void seedIn(TenantId tenant, ModuleManifest manifest) {
        JdbcModuleData data = new JdbcModuleData(platform.database().appPool(), tenant, new ActionContext(manifest.key(), null, null));
        try {
            List<DemoComponent> components = data.read(sql -> sql.query(
                    "select c.id, s.slug from components c join spaces s on s.id = c.space_id where c.module_key = ?",
                    manifest.key())).stream().map(row -> new DemoComponent(row.uuid("id"), row.string("slug"))).toList();
            for (DemoComponent component : components) {
                manifest.demoSeed().seed(data, component.id(), component.spaceSlug());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo content of module " + manifest.key() + " was not added", e);
        }
    }
}
