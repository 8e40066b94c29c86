package org.communa.server.accounts;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.SecretTokens;
import org.communa.server.http.ReadCaches;
import org.communa.server.http.ReadCaches.SessionView;
import org.communa.server.http.RequestOrganisation;

/**
 * Finds the participant of the session cookie, within the request's organisation only (a cookie from
 * another organisation finds nothing; looked up at most every 10 s per process), and requires the session's CSRF token in the X-CSRF-Token
 * header on every state-changing request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthentication implements ContainerRequestFilter {

    public static final String COOKIE = "communa_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The session cookie as it is set at sign-in: HTTP-only, Lax, for the whole site. */
    public static jakarta.ws.rs.core.NewCookie sessionCookie(String secret, int maxAgeSeconds, boolean secure) {
        return new jakarta.ws.rs.core.NewCookie.Builder(COOKIE).value(secret).path("/").httpOnly(true).secure(secure)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).maxAge(maxAgeSeconds).build();
    }

    /** Tells the browser to forget the session cookie (sign-out, account deleted). */
    public static jakarta.ws.rs.core.NewCookie expiredCookie(boolean secure) {
        return sessionCookie("", 0, secure);
    }

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || organisation.isSystemHost() || organisation.primaryHost() == null) {
            return;
        }
        String digest = SecretTokens.digest(cookie.getValue());
        caches.sessions().get(organisation.tenant(), digest, () -> lookUp(digest)).ifPresent(session -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            session.roles().forEach(r -> roles.add(Role.valueOf(r)));
            current.signedIn(session.participantId(), session.sessionId(), session.csrfToken(), roles);
        });
        // pages' forms carry their token in a field, checked by the page layer's FormProtection
        String path = request.getUriInfo().getPath();
        boolean api = path.startsWith("api/") || path.startsWith("/api/");
        if (api && current.present() && !SAFE.contains(request.getMethod()) && !csrfMatches(request.getHeaderString(CSRF_HEADER))) {
            throw Problem.forbidden("missing or wrong " + CSRF_HEADER + " header (given at sign-in and by GET /api/account)");
        }
    }

    private boolean csrfMatches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                current.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<SessionView> lookUp(String digest) {
        return transactions.inTenant(organisation.tenant(), em -> em
                .createQuery("select s from SignInSession s where s.tokenHash = :hash", SignInSession.class)
                .setParameter("hash", digest).getResultList().stream()
                .filter(s -> !s.expired()).findFirst().map(session -> {
                    Set<String> roles = new HashSet<>();
                    em.createQuery("select g from RoleGrant g where g.participantId = :p", RoleGrant.class)
                            .setParameter("p", session.participantId()).getResultList()
                            .forEach(g -> roles.add(g.role().name()));
                    return new SessionView(session.participantId(), session.id(), session.csrfToken(), Set.copyOf(roles));
                }));
    }
}
