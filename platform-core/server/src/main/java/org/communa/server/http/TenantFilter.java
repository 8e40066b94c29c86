package org.communa.server.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.system.SystemAdminAuthenticator;
import org.communa.tenants.HostResolver;
import org.communa.tenants.HostResolver.ResolvedHost;
import org.communa.tenants.OrganisationSpec;

/**
 * Resolves the organisation of every request, once, from the Host header. Primary host: served.
 * Alias: 301 to the primary. Unknown: 404. Suspended: 503, except for system admins. The instance's own
 * system hosts serve only the system API.
 */
@Provider
@PreMatching
@Priority(100)
public class TenantFilter implements ContainerRequestFilter {

    @Inject HostResolver hosts;
    @Inject RequestOrganisation organisation;
    @Inject CommunaSettings settings;
    @Inject SystemAdminAuthenticator systemAdmins;

    @Override
    public void filter(ContainerRequestContext request) {
        String hostHeader = request.getHeaderString(HttpHeaders.HOST);
        String path = request.getUriInfo().getPath();
        String host = hostHeader == null ? "" : OrganisationSpec.stripPort(hostHeader.toLowerCase(Locale.ROOT));
        if (settings.systemHosts().contains(host)) {
            organisation.systemHost();
            if (!isSystemPath(path) && !isSystemPagePath(path) && !isApiDocument(path)) {
                request.abortWith(notFound(request, "this is the instance's system host: only /api/system is served here"));
            }
            return;
        }
        Optional<ResolvedHost> resolved = hosts.resolve(hostHeader);
        if (resolved.isEmpty()) {
            request.abortWith(notFound(request, "no organisation is served at " + host));
            return;
        }
        ResolvedHost found = resolved.get();
        if (!found.primary()) {
            UriBuilder target = request.getUriInfo().getRequestUriBuilder().host(found.primaryHost());
            request.abortWith(Response.status(Response.Status.MOVED_PERMANENTLY).location(target.build()).build());
            return;
        }
        if (isSystemPath(path)) {
            request.abortWith(notFound(request, "the system API is served on the instance's system host"));
            return;
        }
        if (found.suspended() && !systemAdmins.isSystemAdmin(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(unavailable(request));
            return;
        }
        organisation.resolved(found);
    }

    /** The system admins' pages and what they are styled with. */
    private static boolean isSystemPagePath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("system") || p.startsWith("system/") || p.startsWith("assets/") || p.equals("branding.css");
    }

    /** The API document describes every host's API alike: served on the system host and on organisations' hosts. */
    private static boolean isApiDocument(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("openapi");
    }

    private static boolean isSystemPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/system") || p.startsWith("api/system/") || p.equals("api/ping");
    }

    private static Response notFound(ContainerRequestContext request, String detail) {
        if (wantsHtml(request)) {
            return html(404, "Page introuvable / Page not found", detail);
        }
        return Problems.response(404, "Not found", detail);
    }

    private static Response unavailable(ContainerRequestContext request) {
        String detail = "this organisation is suspended by the service provider";
        if (wantsHtml(request)) {
            return html(503, "Service suspendu / Service suspended", detail);
        }
        return Problems.response(503, "Service unavailable", detail);
    }

    static boolean wantsHtml(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream()
                .anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
    }

    private static Response html(int status, String title, String detail) {
        String page = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + escape(detail) + "</p></main></body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(page).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
