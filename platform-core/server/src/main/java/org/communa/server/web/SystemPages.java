package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.Contract;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.http.RequestUrls;
import org.communa.modulehost.bundles.InstalledModule;
import org.communa.server.modules.ModuleHost;
import org.communa.server.modules.ModuleRequirements;
import org.communa.server.modules.TrustedPublishers;
import org.communa.server.system.InstanceSettings;
import org.communa.server.system.SystemAdminAuthenticator;
import org.communa.tenants.DeleteOrganisation;
import org.communa.tenants.Organisation;
import org.communa.tenants.OrganisationRegistry;
import org.communa.tenants.OrganisationSpec;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The system admins' pages, on the instance's system host: sign-in with the admin's token, the
 * organisations (create, suspend, resume, export, delete), the modules (state, quarantine, restore,
 * removal) and the trusted publishers. Every change is audited as the signed-in admin.
 */
@Path("system")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SystemPages {

    @Inject RequestOrganisation organisation;
    @Inject SystemAdminAuthenticator admins;
    @Inject PageRenderer pages;
    @Inject RequestUrls urls;
    @Inject OrganisationRegistry registry;
    @Inject DeleteOrganisation deleteOrganisation;
    @Inject org.communa.server.system.GrantOrganisationAdmin grantAdmin;
    @Inject ModuleHost modules;
    @Inject TrustedPublishers publishers;
    @Inject org.communa.server.modules.PurgeModule purgeModule;
    @Inject org.communa.server.modules.SharedModules sharedModules;
    @Inject ModuleRequirements requirements;
    @Inject Themes themes;
    @Inject SystemGate gate;
    @Inject org.communa.server.participation.AttachmentFiles files;
    @Inject InstanceSettings instance;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(hidden = true)
    public Response organisations(@jakarta.ws.rs.QueryParam("adminGranted") String adminGranted) {
        return gate.asAdmin(authorization, admin -> organisationsPage(200, null, adminGranted != null));
    }

    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(MultivaluedMap<String, String> form) {
        gate.requireSystemHost();
        String token = form.getFirst("token") == null ? "" : form.getFirst("token").strip();
        if (!admins.isSystemAdmin("Bearer " + token)) {
            return pages.page(401, "pages/system/sign-in", Map.of("error", true));
        }
        NewCookie session = new NewCookie.Builder(SystemSession.COOKIE).value(token).path("/").httpOnly(true)
                .secure(urls.secure()).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/system")).cookie(session).build();
    }

    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(SystemSession.COOKIE).value("").path("/").httpOnly(true)
                .secure(urls.secure()).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.seeOther(URI.create("/system")).cookie(expired).build();
    }

    @POST
    @Path("organisations")
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        InstanceSettings.Values defaults = instance.current();
        String theme = value(form, "theme");
        return change(admin -> registry.provision(admin, new OrganisationSpec(value(form, "slug"), value(form, "name"),
                value(form, "primaryHost"), List.of(), List.of("fr", "en"), "fr", "Europe/Paris", null,
                theme.isEmpty() ? defaults.defaultTheme() : theme, defaults.defaultModules())), "/system");
    }

    @POST
    @Path("organisations/{id}/{action: suspend|resume}")
    @Operation(hidden = true)
    public Response changeStatus(@PathParam("id") String id, @PathParam("action") String action) {
        return change(admin -> registry.changeStatus(admin, uuid(id), action.equals("suspend")), "/system");
    }

    /** Makes a participant of the organisation (by the e-mail address of their account there) one of its admins. */
    @POST
    @Path("organisations/{id}/admins")
    @Operation(hidden = true)
    public Response grantAdmin(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(admin -> {
            grantAdmin.grant(admin, uuid(id), value(form, "email"));
            return null;
        }, "/system?adminGranted");
    }

    /** Deleting needs the organisation's slug typed again: it cannot be undone. */
    @POST
    @Path("organisations/{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return change(admin -> {
            Organisation target = registry.get(uuid(id));
            if (!target.spec().slug().equals(value(form, "confirm"))) {
                throw Problem.badRequest("type the organisation's short name, " + target.spec().slug() + ", to delete it");
            }
            String removed = deleteOrganisation.delete(admin, target.id());
            files.removeOrganisation(target.id());
            return removed;
        }, "/system");
    }

    @GET
    @Path("modules")
    @Operation(hidden = true)
    public Response modules() {
        return gate.asAdmin(authorization, admin -> modulesPage(200, null));
    }

    @POST
    @Path("modules/{bundle}/restore")
    @Operation(hidden = true)
    public Response restore(@PathParam("bundle") String bundle) {
        return change(admin -> sharedModules.restore(bundle), "/system/modules");
    }

    /** Removes a module; with "purge", its tables and components go too, in every organisation. */
    @POST
    @Path("modules/{bundle}/remove")
    @Operation(hidden = true)
    public Response remove(@PathParam("bundle") String bundle, MultivaluedMap<String, String> form) {
        return change(admin -> {
            String key = modules.bundleNamed(bundle).moduleKey();
            sharedModules.remove(admin, bundle);
            return "true".equals(form.getFirst("purge")) && key != null ? purgeModule.purge(admin, key) : null;
        }, "/system/modules");
    }

    /** Installs a new module (no bundle id) or upgrades one, from the modules page's file form. */
    @POST
    @Path("modules/{bundle: [A-Za-z0-9_.-]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@PathParam("bundle") String bundle, @jakarta.ws.rs.FormParam("bundle") jakarta.ws.rs.core.EntityPart file) {
        return change(admin -> {
            if (file == null) {
                throw Problem.badRequest("choose a module bundle (.jar) to send");
            }
            try (java.io.InputStream content = file.getContent()) {
                return bundle.equals("upload") ? sharedModules.install(admin, content)
                        : sharedModules.upgrade(admin, bundle, content);
            } catch (java.io.IOException e) {
                throw Problem.badRequest("the bundle could not be read: " + e.getMessage());
            }
        }, "/system/modules");
    }

    @GET
    @Path("publishers")
    @Operation(hidden = true)
    public Response publishersPage() {
        return gate.asAdmin(authorization, admin -> publishersPage(200, null));
    }

    @POST
    @Path("publishers")
    @Operation(hidden = true)
    public Response trust(MultivaluedMap<String, String> form) {
        return change(admin -> publishers.add(admin, value(form, "pem"), form.getFirst("name")), "/system/publishers");
    }

    @POST
    @Path("publishers/{fingerprint}/remove")
    @Operation(hidden = true)
    public Response distrust(@PathParam("fingerprint") String fingerprint) {
        return change(admin -> {
            publishers.remove(admin, fingerprint);
            return null;
        }, "/system/publishers");
    }

    private Response organisationsPage(int status, String problem) {
        return organisationsPage(status, problem, false);
    }

    private Response organisationsPage(int status, String problem, boolean adminGranted) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Organisation o : registry.list(0, 500)) {
            items.add(Map.of("id", o.id().toString(), "slug", o.spec().slug(), "name", o.spec().name(),
                    "host", o.spec().primaryHost(), "status", o.status(), "theme", o.spec().theme()));
        }
        List<String> themeNames = themes.all().stream().map(ThemePack::name).toList();
        return gate.page(status, "pages/system/organisations", problem, Map.of("organisations", items, "themes", themeNames,
                "adminGranted", adminGranted));
    }

    private Response modulesPage(int status, String problem) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (InstalledModule m : modules.list()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("bundleId", m.symbolicName()); // the same on every process of the instance
            item.put("name", m.names().isEmpty() ? m.symbolicName() : m.names().getOrDefault(pages.locale(), m.names().get("fr")));
            item.put("key", m.moduleKey() == null ? "" : m.moduleKey());
            item.put("version", m.moduleVersion() == null ? m.version() : m.moduleVersion());
            item.put("state", m.state());
            item.put("signedBy", m.signedBy());
            item.put("error", m.error() == null ? "" : m.error());
            item.putAll(dependencies(m.moduleKey()));
            items.add(item);
        }
        return gate.page(status, "pages/system/modules", problem, Map.of("modules", items));
    }

    /** The module's edges in the dependency graph, as the page lists them. */
    private Map<String, Object> dependencies(String moduleKey) {
        if (moduleKey == null) {
            return Map.of("requires", List.of(), "requiredBy", List.of(), "publishes", List.of());
        }
        ModuleRequirements.Dependencies graph = requirements.of(moduleKey);
        return Map.of("requires", graph.requires(), "requiredBy", graph.requiredBy().stream().map(ModuleRequirements.Edge::module).toList(),
                "publishes", graph.publishes().stream().map(Contract::name).toList());
    }

    private Response publishersPage(int status, String problem) {
        List<Map<String, Object>> items = new ArrayList<>();
        publishers.byFingerprint().forEach((fingerprint, name) -> items.add(Map.of("fingerprint", fingerprint, "name", name)));
        return gate.page(status, "pages/system/publishers", problem, Map.of("publishers", items));
    }

    /** Runs a change as the signed-in admin, then back to the page; a refusal shows on that page. */
    private Response change(Function<String, Object> operation, String page) {
        return gate.asAdmin(authorization, admin -> {
            try {
                operation.apply(admin);
                return Response.seeOther(URI.create(page)).build();
            } catch (Problem refused) {
                return switch (page) {
                    case "/system/modules" -> modulesPage(refused.status(), pages.refusal(refused));
                    case "/system/publishers" -> publishersPage(refused.status(), pages.refusal(refused));
                    default -> organisationsPage(refused.status(), pages.refusal(refused));
                };
            }
        });
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no organisation " + id);
        }
    }
}
