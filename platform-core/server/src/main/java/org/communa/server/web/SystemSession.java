package org.communa.server.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.communa.server.http.RequestOrganisation;

/**
 * A system admin signed in through the system pages carries the token in a cookie (HttpOnly,
 * SameSite=Strict, so no other site's page can use it); on the system host it stands for the bearer
 * header, so the pages and the system API (export downloads) recognise the admin the same way.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class SystemSession implements ContainerRequestFilter {

    public static final String COOKIE = "communa_system";
    @Inject RequestOrganisation organisation;

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null && organisation.isSystemHost() && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !cookie.getValue().isBlank()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + cookie.getValue());
        }
    }
}
