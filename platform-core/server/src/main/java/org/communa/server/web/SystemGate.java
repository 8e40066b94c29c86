package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.system.SystemAdminAuthenticator;

/**
 * Lets only system admins through to the system pages, and only on a system host: elsewhere those
 * pages do not exist; without a valid token the sign-in form shows instead.
 */
@RequestScoped
public class SystemGate {

    @Inject RequestOrganisation organisation;
    @Inject SystemAdminAuthenticator admins;
    @Inject PageRenderer pages;

    /**
     * Runs the page with the signed-in admin's name. The Authorization header comes from the resource:
     * {@link SystemSession} sets it from the system cookie on the JAX-RS request, not on the servlet one.
     */
    public Response asAdmin(String authorization, Function<String, Response> page) {
        requireSystemHost();
        if (!admins.isSystemAdmin(authorization)) {
            return pages.page(authorization == null ? 200 : 401, "pages/system/sign-in", Map.of());
        }
        return page.apply(admins.requireSystemAdmin(authorization));
    }

    public void requireSystemHost() {
        if (!organisation.isSystemHost()) {
            throw Problem.notFound("no such page");
        }
    }

    /** A system page, with the refusal to show when there is one. */
    public Response page(int status, String template, String problem, Map<String, Object> model) {
        Map<String, Object> full = new LinkedHashMap<>(model);
        full.put("systemAdmin", true);
        if (problem != null) {
            full.put("problem", problem);
        }
        return pages.page(status, template, full);
    }
}
