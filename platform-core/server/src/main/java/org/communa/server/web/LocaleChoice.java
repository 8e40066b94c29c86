package org.communa.server.web;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: the one asked for in the link (?lang=), else the one remembered in the
 * visitor's cookie, else the browser's preference, always among the organisation's languages, else the
 * organisation's default.
 */
final class LocaleChoice {

    static final String COOKIE = "communa_lang";

    private LocaleChoice() {
    }

    static String choose(OrganisationView organisation, String asked, String remembered, String acceptLanguage) {
        for (String candidate : new String[] {asked, remembered}) {
            if (candidate != null && organisation.locales().contains(candidate)) {
                return candidate;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                String match = Locale.lookupTag(ranges, organisation.locales());
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header is no preference
            }
        }
        return organisation.defaultLocale();
    }
}
