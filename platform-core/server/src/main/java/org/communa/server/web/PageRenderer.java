package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.security.SecretTokens;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.ReadCaches;
import org.communa.server.http.RequestOrganisation;

/**
 * Renders a page of the request's organisation: its theme's templates, its language, its branding,
 * and what every layout needs (who is signed in, the form token, the language links).
 */
@RequestScoped
public class PageRenderer {

    public static final String FORM_COOKIE = "communa_form";
    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject org.communa.server.participation.NotificationInbox inbox;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;
    @Inject PageEngines engines;
    @Inject RecordTemplateFailure templateFailures;
    @Inject HttpServletRequest request;
    private String anonymousFormToken;

    /** On the system host, pages belong to the instance: default theme, French and English. */
    private static final OrganisationView INSTANCE = new OrganisationView(new UUID(0, 0), "Communa", "fr", List.of("fr", "en"),
            ThemePack.DEFAULT, "{}", List.of(), List.of(), List.of(), Map.of(), Map.of(), "UTC", org.communa.server.maps.MapSettings.NONE);

    public OrganisationView organisation() {
        if (organisation.isSystemHost()) {
            return INSTANCE;
        }
        return (OrganisationView) caches.resolvedContent().get(organisation.tenant(), "organisation-view",
                () -> Optional.of(load())).orElseThrow();
    }

    public String locale() {
        return LocaleChoice.choose(organisation(), request.getParameter("lang"), cookie(LocaleChoice.COOKIE),
                request.getHeader("Accept-Language"));
    }

    public List<String> organisationAllowedModules() {
        return organisation().allowedModules();
    }

    /** The token forms carry: the session's when signed in, else one kept in a cookie of the visitor's browser. */
    public String formToken() {
        if (current.present()) {
            return current.csrfToken();
        }
        String existing = cookie(FORM_COOKIE);
        if (existing != null && existing.length() >= 32) {
            return existing;
        }
        if (anonymousFormToken == null) {
            anonymousFormToken = SecretTokens.newToken();
        }
        return anonymousFormToken;
    }

    /** A text of the interface in the page's language. */
    public String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    /** A refusal in the reader's language when the use case named its wording, else the API's English detail. */
    public String refusal(org.communa.kernel.problem.Problem refused) {
        String key = refused.messageKey();
        if (key == null || Messages.bundle("fr").getProperty(key) == null) {
            return refused.detail();
        }
        Object[] arguments = refused.messageArguments();
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof org.communa.kernel.problem.Term term ? text(term.key()) : arguments[i];
        }
        return text(key, shown);
    }

    /** A module SDK refusal (from the participation services) in the reader's language when worded in the platform's bundle. */
    public String refusal(org.communa.module.api.ModuleProblem refused) {
        String key = refused.messageKey();
        return key == null || Messages.bundle("fr").getProperty(key) == null ? refused.getMessage() : text(key, refused.messageArguments());
    }

    public Response page(String template, Map<String, Object> model) {
        return page(200, template, model);
    }

    public Response page(int status, String template, Map<String, Object> model) {
        OrganisationView org = organisation();
        String locale = locale();
        Map<String, Object> context = new LinkedHashMap<>(model);
        context.putAll(layoutContext(org, locale));
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Language", locale).header("Cache-Control", "no-store").entity(render(org, template, context));
        if (org.map().imageOrigin() != null) {
            // the organisation's tile server, the one other place its pages' images may come from
            response.header("Content-Security-Policy", SecurityHeaders.policy(org.map().imageOrigin()));
        }
        if (request.getParameter("lang") != null && locale.equals(request.getParameter("lang"))) {
            response.cookie(cookie(LocaleChoice.COOKIE, locale, 365 * 24 * 3600));
        }
        if (anonymousFormToken != null) {
            response.cookie(cookie(FORM_COOKIE, anonymousFormToken, -1));
        }
        return response.build();
    }

    /** What every layout reads: the language, the organisation, who is signed in, the form token, the address. */
    Map<String, Object> layoutContext(OrganisationView org, String locale) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("locale", locale);
        context.put("organisation", Map.of("name", org.name(), "locales", org.locales(), "theme", org.theme(),
                "images", org.images(), "timeZone", org.timeZone() == null ? "UTC" : org.timeZone(),
                "mapTiles", org.map().tiles() == null ? "" : org.map().tiles(),
                "mapAttribution", org.map().attribution() == null ? "" : org.map().attribution()));
        context.put("signedIn", current.present());
        context.put("systemHost", organisation.isSystemHost());
        context.put("isAdmin", current.present() && current.roles().contains(Role.admin));
        context.put("isModerator", current.present() && current.roles().contains(Role.moderator));
        // one indexed count per page for signed-in participants: the header says when something is new
        context.put("unreadNotifications", current.present() && !organisation.isSystemHost()
                ? inbox.unread(organisation.tenant(), current.id()) : 0L);
        context.put("csrf", formToken());
        context.put("languages", languages(org, locale));
        context.put("path", request.getRequestURI());
        // a newcomer whose confirmation link signed them in is told so on the page it leads to
        context.put("welcome", current.present() && "1".equals(request.getParameter("welcome")));
        String[] segments = request.getRequestURI().split("/");
        context.put("section", segments.length > 1 ? segments[1] : "");
        return context;
    }

    /**
     * Renders in the sandbox. Admin pages never use the organisation's own templates (a broken one must not lock its
     * admins out); other pages do, and when one of them fails (over a limit, or broken), the page is rendered again
     * with the theme's templates and the failure is kept for the admins, which sets that template aside until saved.
     */
    private String render(OrganisationView org, String template, Map<String, Object> context) {
        boolean own = !org.activeTemplates().isEmpty() && !template.startsWith("pages/admin/") && !template.startsWith("pages/system/");
        if (!own) {
            return engines.render(engines.forTheme(org.theme()), template, context);
        }
        try {
            return engines.render(engines.forOrganisation(org), template, context);
        } catch (RuntimeException failure) {
            String themeVersion = engines.render(engines.forTheme(org.theme()), template, context);
            templateFailures.record(org, template, failure);
            return themeVersion;
        }
    }

    private List<Map<String, Object>> languages(OrganisationView org, String locale) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : org.locales()) {
            languages.add(Map.of("code", language, "name", Messages.text(language, "language.name"),
                    "current", language.equals(locale)));
        }
        return languages;
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).maxAge(maxAge)
                .secure("https".equals(request.getScheme())).sameSite(NewCookie.SameSite.LAX).build();
    }

    private String cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private OrganisationView load() {
        return transactions.inTenant(organisation.tenant(), em -> {
            Object[] row = (Object[]) em.createNativeQuery("select id::text, name, default_locale, "
                    + "array_to_string(available_locales, ','), theme, branding::text, array_to_string(allowed_modules, ','), "
                    + "array_to_string(home_blocks, ','), (select string_agg(name, ',') from organisation_images), time_zone, map_tiles, map_attribution "
                    + "from organisations").getSingleResult();
            String allowed = (String) row[6];
            return new OrganisationView(UUID.fromString((String) row[0]), (String) row[1], (String) row[2],
                    List.of(((String) row[3]).split(",")), (String) row[4], (String) row[5],
                    list(allowed),
                    list(row[7]), list(row[8]), templates(em, "source"), templates(em, "failure"), (String) row[9],
                    new org.communa.server.maps.MapSettings((String) row[10], (String) row[11]));
        });
    }

    /** The organisation's own versions of templates by name (column source), or why they failed (column failure). */
    private static Map<String, String> templates(jakarta.persistence.EntityManager em, String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, " + column + " from organisation_templates where "
                + column + " is not null").getResultList();
        Map<String, String> templates = new LinkedHashMap<>();
        rows.forEach(row -> templates.put((String) row[0], (String) row[1]));
        return Map.copyOf(templates);
    }

    private static List<String> list(Object commaSeparated) {
        return commaSeparated == null || commaSeparated.toString().isEmpty() ? List.of() : List.of(commaSeparated.toString().split(","));
    }

    /** The branding's JSON as a map, for the stylesheet. */
    static Map<String, Object> branding(OrganisationView org) {
        return new LinkedHashMap<>(JSON.createReader(new StringReader(org.brandingJson())).readObject());
    }
}
