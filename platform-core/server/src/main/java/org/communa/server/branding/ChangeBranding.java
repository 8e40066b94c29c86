package org.communa.server.branding;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;
import org.communa.server.web.Colours;
import org.communa.server.web.ThemePack;
import org.communa.server.web.Themes;

/**
 * An organisation admin picks a theme and overrides its colours and font. The whole palette (the
 * theme's tokens with the organisation's over them) must stay legible: any text pair below WCAG AA is
 * refused, naming the pair. The change shows on the next page load.
 */
@ApplicationScoped
public class ChangeBranding {

    /** What an admin asks for: a theme, colour tokens to override (token → #rrggbb), a font of the theme, or null. */
    public record Request(String theme, Map<String, String> colours, String font) {
    }

    @Inject Themes themes;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    public void change(TenantId tenant, Request request) {
        ThemePack theme = themes.find(request.theme() == null ? ThemePack.DEFAULT : request.theme())
                .orElseThrow(() -> Problem.badRequest("there is no theme " + request.theme() + "; themes are "
                        + themes.all().stream().map(ThemePack::name).toList()));
        Map<String, String> palette = themes.palette(theme.name());
        Map<String, String> own = new LinkedHashMap<>();
        for (Map.Entry<String, String> colour : request.colours().entrySet()) {
            if (!palette.containsKey(colour.getKey())) {
                throw Problem.badRequest("the theme has no colour " + colour.getKey() + "; its colours are " + palette.keySet());
            }
            own.put(colour.getKey(), Colours.parse("colour " + colour.getKey(), colour.getValue()));
        }
        palette.putAll(own);
        List<String> faults = Colours.contrastFaults(palette);
        if (!faults.isEmpty()) {
            Colours.Fault first = Colours.faults(palette).get(0);
            throw Problem.badRequest("these colours would be hard to read: " + String.join("; ", faults)).explainedAs(
                    "admin.branding.problem.contrast", new org.communa.kernel.problem.Term("admin.colour." + first.foreground()),
                    first.foregroundColour(), new org.communa.kernel.problem.Term("admin.colour." + first.background()),
                    first.backgroundColour(), String.format(java.util.Locale.ROOT, "%.2f", first.ratio()));
        }
        if (request.font() != null && !theme.fonts().contains(request.font())) {
            throw Problem.badRequest("the theme " + theme.name() + " offers the fonts " + theme.fonts() + ", not " + request.font());
        }
        JsonObjectBuilder colours = JSON.createObjectBuilder();
        own.forEach(colours::add);
        JsonObjectBuilder branding = JSON.createObjectBuilder().add("colours", colours);
        if (request.font() != null) {
            branding.add("font", request.font());
        }
        String json = branding.build().toString();
        transactions.runInTenant(tenant, em -> em.createNativeQuery("update organisations set theme = ?1, branding = cast(?2 as jsonb), "
                + "updated_at = now() where id = communa_current_tenant()").setParameter(1, theme.name()).setParameter(2, json)
                .executeUpdate());
        caches.invalidateContent(tenant);
    }
}
