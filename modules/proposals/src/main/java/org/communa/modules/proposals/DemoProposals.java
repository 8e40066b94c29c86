package org.communa.modules.proposals;

import java.util.List;
import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * A few proposals for the demo organisations, filed by demo participants who cannot sign in (no
 * password), so that lists, filters and supports have something to show.
 */
final class DemoProposals implements DemoSeed {

    private static final String[][] PROPOSALS = {
        {"Des fontaines d’eau potable dans les parcs", "Installer des fontaines à boire dans les trois grands parcs, "
            + "avec un robinet bas pour les enfants et les personnes en fauteuil."},
        {"Récupérer l’eau de pluie des écoles", "Équiper les toitures des écoles de cuves pour arroser les jardins "
            + "pédagogiques et les cours plantées."},
        {"Des pistes cyclables le long du canal", "Relier les quartiers nord et sud par une piste cyclable continue "
            + "le long du canal, séparée de la circulation."},
    };

    /** Proposals need authors: without the host's example participants there is nothing to add. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
    }

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, List<UUID> demoParticipants) {
        if (demoParticipants.isEmpty()) {
            return;
        }
        data.write(sql -> {
            if (sql.first("select 1 from proposals_proposals where component_id = ?", componentId).isPresent()) {
                return null;
            }
            for (int i = 0; i < PROPOSALS.length; i++) {
                sql.update("insert into proposals_proposals (id, component_id, reference, author_id, title, body, state, published_at) "
                        + "values (?, ?, ?, ?, ?, ?, 'published', now())", UUID.randomUUID(), componentId, i + 1,
                        demoParticipants.get(i % demoParticipants.size()), PROPOSALS[i][0], PROPOSALS[i][1]);
            }
            return null;
        });
    }
}
