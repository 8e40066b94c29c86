package org.communa.server.components;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.problem.Problem;
import org.communa.server.platform.CommunaSettings;

/**
 * The host checks a body before a module sees it, so that what fails inside a module is the module's fault:
 * JSON (by its type or its look) must be one object within the instance's limits, a posted form must decode
 * and have a bounded number of fields. Other bodies (a Pabulib file, a census) are the module's to read.
 */
@ApplicationScoped
public class WellFormedBodies {

    @Inject CommunaSettings settings;

    /** Refuses with 400 what no module should be handed; returns normally otherwise. */
    public void require(String body, String mediaType, boolean form) {
        if (body == null || body.isEmpty()) {
            return;
        }
        if (BoundedJson.looksLikeJson(body) || isJson(mediaType)) {
            BoundedJson.object(body, settings.jsonLimits());
        } else if (form || isForm(mediaType)) {
            requireForm(body, settings.jsonLimits().maxMembers());
        }
    }

    static void requireForm(String body, int maxFields) {
        int fields = 0;
        for (String pair : body.split("&", -1)) {
            if (++fields > maxFields) {
                throw Problem.badRequest("the form has more than " + maxFields + " fields");
            }
            try {
                URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("the form is not URL-encoded: " + e.getMessage());
            }
        }
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*") || type.startsWith("text/json");
    }

    private static boolean isForm(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
