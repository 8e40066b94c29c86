package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.modules.ModuleHost;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.system.InstanceSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The instance settings page of the system area: what system admins change here (name, contact,
 * defaults for new organisations), and the deployment's settings, read-only, with secrets left out.
 */
@Path("system/settings")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SystemSettingsPages {

    @Inject SystemGate gate;
    @Inject PageRenderer pages;
    @Inject InstanceSettings instance;
    @Inject CommunaSettings deployment;
    @Inject Themes themes;
    @Inject ModuleHost modules;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(hidden = true)
    public Response show() {
        return gate.asAdmin(authorization, admin -> page(200, null));
    }

    @POST
    @Operation(hidden = true)
    public Response change(MultivaluedMap<String, String> form) {
        return gate.asAdmin(authorization, admin -> {
            try {
                instance.change(admin, new InstanceSettings.Values(FormFields.value(form, "name"),
                        FormFields.value(form, "contactEmail"), FormFields.value(form, "defaultTheme"),
                        form.getOrDefault("defaultModules", List.of())));
                return Response.seeOther(URI.create("/system/settings")).build();
            } catch (Problem refused) {
                return page(refused.status(), pages.refusal(refused));
            }
        });
    }

    private Response page(int status, String problem) {
        InstanceSettings.Values values = instance.current();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("settings", Map.of("name", values.name(), "contactEmail", values.contactEmail() == null ? "" : values.contactEmail(),
                "defaultTheme", values.defaultTheme(), "defaultModules", values.defaultModules()));
        model.put("themes", themes.all().stream().map(ThemePack::name).toList());
        model.put("moduleKeys", modules.list().stream().map(m -> m.moduleKey()).filter(k -> k != null).distinct().sorted().toList());
        model.put("deployment", deploymentSettings());
        return gate.page(status, "pages/system/settings", problem, model);
    }

    /** What operators set in the environment or microprofile-config: shown so admins know, never editable here. */
    private List<Map<String, Object>> deploymentSettings() {
        var smtp = deployment.smtp();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("communa.system.hosts", String.join(", ", deployment.systemHosts()));
        shown.put("communa.modules.dir", deployment.modulesDirectory().toString());
        shown.put("communa.modules.trusted-publishers", deployment.trustedPublishers().toString());
        shown.put("communa.modules.allow-unsigned", deployment.allowUnsignedModules());
        shown.put("communa.modules.failure-threshold", deployment.moduleFailureThreshold());
        shown.put("communa.themes.dir", deployment.themesDirectory().toString());
        shown.put("communa.smtp.host", smtp.host() + ":" + smtp.port());
        shown.put("communa.smtp.from", smtp.from());
        shown.put("communa.auth.session-hours", deployment.sessionHours());
        shown.put("communa.jobs.threads", deployment.jobThreads());
        shown.put("communa.http.max-body-bytes", deployment.maxBodyBytes());
        shown.put("communa.http.trust-forwarded-proto", deployment.trustForwardedProto());
        shown.put("communa.http.trusted-proxies", String.join(", ", deployment.trustedProxies()));
        shown.put("communa.process.name", deployment.processName() + " (this process)");
        shown.put("communa.jobs.heartbeat-seconds", deployment.jobHeartbeat().toSeconds());
        shown.put("communa.shutdown.drain-seconds", deployment.shutdownDrainSeconds());
        return shown.entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(), "value", String.valueOf(e.getValue()))).toList();
    }
}
