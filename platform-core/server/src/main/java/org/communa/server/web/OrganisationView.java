package org.communa.server.web;

import java.util.List;
import java.util.UUID;

/**
 * What every page shows of its organisation: name, languages, theme and branding, and the time zone its times are
 * read in; its own templates, and why those that failed to render last did (they are set aside until saved again);
 * the tile server its maps use, if any.
 */
public record OrganisationView(UUID id, String name, String defaultLocale, List<String> locales, String theme,
        String brandingJson, List<String> allowedModules, List<String> homeBlocks,
        List<String> images, java.util.Map<String, String> templates, java.util.Map<String, String> templateFailures,
        String timeZone, org.communa.server.maps.MapSettings map) {

    /** The organisation's own templates its pages use: those that have not failed since they were saved. */
    public java.util.Map<String, String> activeTemplates() {
        if (templateFailures.isEmpty()) {
            return templates;
        }
        java.util.Map<String, String> active = new java.util.LinkedHashMap<>(templates);
        active.keySet().removeAll(templateFailures.keySet());
        return java.util.Map.copyOf(active);
    }
}
