package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.HtmlPolicy;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.participation.KernelParticipation;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.HostServices;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.Participation;
import org.communa.module.api.settings.Settings;
import org.communa.server.components.SettingsJson;
import org.communa.server.modules.ModuleHost;
import org.communa.server.platform.Platform;

/**
 * A module request as an anonymous visitor would make it, built outside any HTTP request (in a job):
 * what a module's ActivityPub mapping returns for it is, by the SDK's contract, public.
 */
@ApplicationScoped
public class VisitorRequests {

    /** A component's module and a visitor's request on it. */
    public record Visit(ModuleManifest manifest, ModuleRequest request, String componentPath, String spaceSlug) {
    }

    @Inject Platform platform;
    @Inject ModuleHost modules;
    @Inject Federation federation;

    public Optional<Visit> on(TenantId tenant, UUID componentId) {
        var component = federation.data(tenant).read(sql -> sql.first("select c.module_key, c.settings::text as settings, c.published, "
                + "s.slug, s.kind, s.published as space_published from components c join spaces s on s.id = c.space_id where c.id = ?",
                componentId));
        if (component.isEmpty()) {
            return Optional.empty();
        }
        var row = component.get();
        var module = modules.module(row.string("module_key"));
        if (module.isEmpty()) {
            throw new IllegalStateException("module " + row.string("module_key") + " is not available; the change will be retried");
        }
        ModuleManifest manifest = module.get().manifest();
        String componentPath = ("process".equals(row.string("kind")) ? "/processes/" : "/assemblies/") + row.string("slug") + "/c/" + componentId;
        Settings settings = SettingsJson.effective(manifest, SettingsJson.values(row.string("settings")));
        ModuleData data = platform.moduleConnections().module(tenant, new ActionContext(manifest.key(), componentId, null));
        HostServices services = new HostServices() {
            @Override public ModuleData data() { return data; }
            @Override public boolean can(String actionKey) { return false; }
            @Override public String sanitizeHtml(String html) { return HtmlPolicy.sanitize(html); }
            @Override public void enqueue(String jobName, String payload) {
                throw new IllegalStateException("a visitor's request queues no jobs");
            }
            @Override public Participation participation() {
                return new KernelParticipation(new ParticipationScope(platform.moduleConnections().host(tenant,
                        new ActionContext(manifest.key(), componentId, null)), componentId, null), componentPath);
            }
        };
        ModuleRequest request = new ModuleRequest("GET", "", Map.of(), Map.of(), null, tenant.value(), row.string("slug"), componentId,
                null, "fr", settings, services, false);
        boolean visible = Boolean.TRUE.equals(row.bool("published")) && Boolean.TRUE.equals(row.bool("space_published"));
        return visible ? Optional.of(new Visit(manifest, request, componentPath, row.string("slug"))) : Optional.empty();
    }
}
