package org.communa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
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

    private static final int DEMO_PARTICIPANTS = 6;
    private static final Logger LOG = Logger.getLogger(DemoModuleContent.class.getName());
    /** The components of a module and their space, as the module would see them. */
    private record DemoComponent(java.util.UUID id, String spaceSlug, String path) {
    }

    @Inject CommunaSettings settings;
    @Inject Platform platform;
    @Inject HostResolver hosts;
    @Inject org.communa.server.participation.ModuleLinkTargets linkTargets;

    public void seed(ModuleManifest manifest) {
        if (!settings.demoSeed() || manifest.demoSeed() == null) {
            return;
        }
        for (String host : DemoSeeder.DEMO_HOSTS) {
            hosts.resolve(host).map(HostResolver.ResolvedHost::tenant).ifPresent(tenant -> seedIn(tenant, manifest));
        }
    }

    private void seedIn(TenantId tenant, ModuleManifest manifest) {
        ActionContext actions = new ActionContext(manifest.key(), null, null);
        JdbcModuleData host = platform.moduleConnections().host(tenant, actions);
        JdbcModuleData data = platform.moduleConnections().module(tenant, actions);
        try {
            List<DemoComponent> components = host.read(sql -> sql.query(
                    "select c.id, s.slug, s.kind from components c join spaces s on s.id = c.space_id where c.module_key = ?",
                    manifest.key())).stream().map(row -> new DemoComponent(row.uuid("id"), row.string("slug"),
                            "/" + ("process".equals(row.string("kind")) ? "processes" : "assemblies") + "/" + row.string("slug")
                                    + "/c/" + row.uuid("id"))).toList();
            List<UUID> participants = components.isEmpty() ? List.of() : demoParticipants(host, tenant);
            for (DemoComponent component : components) {
                JdbcModuleData componentHost = platform.moduleConnections().host(tenant, new ActionContext(manifest.key(), component.id(), null));
                var participation = new org.communa.modulehost.participation.KernelParticipation(
                        new org.communa.modulehost.participation.ParticipationScope(componentHost, component.id(), null),
                        component.path(), linkTargets.of(tenant));
                manifest.demoSeed().seed(data, component.id(), component.spaceSlug(), participants, participation);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo content of module " + manifest.key() + " was not added", e);
        }
    }

    /**
     * The organisation's example participants, created once with ids derived from the organisation: they
     * cannot sign in (no e-mail, no password), and modules sign their demo content with them.
     */
    private static List<UUID> demoParticipants(JdbcModuleData host, TenantId tenant) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= DEMO_PARTICIPANTS; i++) {
            ids.add(UUID.nameUUIDFromBytes((tenant + "/demo-participant/" + i).getBytes(StandardCharsets.UTF_8)));
        }
        host.write(sql -> {
            for (int i = 0; i < ids.size(); i++) {
                sql.update("insert into participants (id, tenant_id, display_name, locale, confirmed_at) "
                        + "values (?, communa_current_tenant(), ?, 'fr', now()) "
                        + "on conflict (id) do nothing", ids.get(i), "Participant·e de démonstration " + (i + 1));
            }
            return null;
        });
        return ids;
    }
}
