package org.communa.server.web;

import java.util.List;
import java.util.UUID;

/** What every page shows of its organisation: name, languages, theme and branding, and the time zone its times are read in. */
public record OrganisationView(UUID id, String name, String defaultLocale, List<String> locales, String theme,
        String brandingJson, List<String> allowedModules, List<String> homeBlocks,
        List<String> images, java.util.Map<String, String> templates, String timeZone) {
}
