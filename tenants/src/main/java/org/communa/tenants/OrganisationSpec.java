package org.communa.tenants;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;

/**
 * What a system admin says an organisation is. The constructor refuses anything invalid with a detail
 * the admin can act on, so that no invalid organisation reaches the database.
 */
public record OrganisationSpec(
        String slug,
        String name,
        String primaryHost,
        List<String> aliasHosts,
        List<String> availableLocales,
        String defaultLocale,
        String timeZone,
        String contactEmail,
        String theme,
        List<String> allowedModules) {

    /** The participant-facing languages Communa ships. */
    public static final Set<String> SUPPORTED_LOCALES = Set.of("fr", "en", "ca", "es");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public OrganisationSpec {
        require(slug != null && SLUG.matcher(slug).matches(),
                "slug must be 1 to 50 lower-case letters, digits or dashes, got: " + slug);
        require(name != null && !name.isBlank() && name.length() <= 200, "name is required (at most 200 characters)");
        primaryHost = normaliseHost("primaryHost", primaryHost);
        aliasHosts = aliasHosts == null ? List.of() : aliasHosts.stream().map(h -> normaliseHost("aliasHosts", h)).toList();
        Set<String> allHosts = new LinkedHashSet<>();
        allHosts.add(primaryHost);
        for (String alias : aliasHosts) {
            require(allHosts.add(alias), "host " + alias + " is given twice");
        }
        availableLocales = availableLocales == null || availableLocales.isEmpty() ? List.of("fr", "en") : List.copyOf(availableLocales);
        for (String locale : availableLocales) {
            require(SUPPORTED_LOCALES.contains(locale), "locale " + locale + " is not supported; use fr, en, ca or es");
        }
        defaultLocale = defaultLocale == null ? availableLocales.get(0) : defaultLocale;
        require(availableLocales.contains(defaultLocale), "defaultLocale " + defaultLocale + " is not among availableLocales");
        timeZone = timeZone == null ? "Europe/Paris" : timeZone;
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw Problem.badRequest("timeZone " + timeZone + " is not a known time zone (e.g. Europe/Paris)");
        }
        require(contactEmail == null || EMAIL.matcher(contactEmail).matches(), "contactEmail is not an e-mail address: " + contactEmail);
        theme = theme == null ? "default" : theme;
        require(NAME_TOKEN.matcher(theme).matches(), "theme must be a lower-case name, got: " + theme);
        allowedModules = allowedModules == null ? List.of() : List.copyOf(allowedModules);
        for (String module : allowedModules) {
            require(module != null && NAME_TOKEN.matcher(module).matches(), "module key must be a lower-case name, got: " + module);
        }
    }

    public List<String> allHosts() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primaryHost), aliasHosts.stream()).toList();
    }

    /** Hosts are stored lower-case and without port: the port belongs to the listener, not the organisation. */
    static String normaliseHost(String field, String host) {
        require(host != null && !host.isBlank(), field + " is required");
        String bare = stripPort(host.trim().toLowerCase(java.util.Locale.ROOT));
        require(HOST.matcher(bare).matches(), field + " is not a valid host name: " + host);
        return bare;
    }

    public static String stripPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw Problem.badRequest(detail);
        }
    }
}
