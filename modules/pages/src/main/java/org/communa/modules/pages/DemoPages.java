package org.communa.modules.pages;

import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * Two pages every participatory process needs (or, in an assembly, its composition and its minutes), in French and
 * English, for the demo organisations.
 */
final class DemoPages implements DemoSeed {

    private static final String[][] PAGES = {
        {"reglement", "Règlement", "Rules",
            "<h2>Qui peut participer ?</h2><p>Toute personne concernée, dès 16 ans. Chaque idée est étudiée par les services "
            + "avant le vote.</p>",
            "<h2>Who may take part?</h2><p>Anyone concerned, from 16. Every idea is studied by staff before the vote.</p>"},
        {"calendrier", "Calendrier", "Timeline",
            "<ul><li>Dépôt des idées</li><li>Étude de faisabilité</li><li>Vote</li><li>Suivi des réalisations</li></ul>",
            "<ul><li>Ideas</li><li>Feasibility study</li><li>Vote</li><li>Follow-up of the works</li></ul>"},
    };

    private static final String[][] ASSEMBLY_PAGES = {
        {"composition", "Composition", "Members",
            "<p>Des membres élus et tirés au sort, renouvelés chaque année, et des représentants de l’organisation sans droit "
            + "de vote. Les séances sont publiques.</p>",
            "<p>Elected and randomly selected members, renewed every year, and non-voting representatives of the organisation. "
            + "Meetings are public.</p>"},
        {"comptes-rendus", "Comptes rendus", "Minutes",
            "<p>Les comptes rendus des séances sont publiés ici dans les quinze jours.</p>",
            "<p>The minutes of each meeting are published here within a fortnight.</p>"},
    };

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
        String[][] pages = spaceSlug.startsWith("conseil") || spaceSlug.startsWith("comite") ? ASSEMBLY_PAGES : PAGES;
        data.write(sql -> {
            for (int i = 0; i < pages.length; i++) {
                String[] page = pages[i];
                sql.update("insert into pages_pages (id, component_id, slug, title, body, position) "
                        + "values (?, ?, ?, ?::jsonb, ?::jsonb, ?) on conflict (tenant_id, component_id, slug) do nothing",
                        UUID.randomUUID(), componentId, page[0], translations(page[1], page[2]), translations(page[3], page[4]), i + 1);
            }
            return null;
        });
    }

    /** The same pages, found by the organisation's search. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        seed(data, componentId, spaceSlug);
        PageIndex.indexAll(data, componentId, participation.search());
    }

    private static String translations(String fr, String en) {
        return PageJson.JSON.createObjectBuilder().add("fr", fr).add("en", en).build().toString();
    }
}
