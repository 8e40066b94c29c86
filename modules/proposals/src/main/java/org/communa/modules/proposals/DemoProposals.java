package org.communa.modules.proposals;

import java.util.List;
import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * A few student proposals for the university's demo consultation (the water utility's ideas are filed through the API
 * by its demo story), by demo participants who cannot sign in, each under one of the space's categories.
 */
final class DemoProposals implements DemoSeed {

    private static final String[][] PROPOSALS = {
        {"Des salles de travail ouvertes le soir", "Ouvrir deux salles de la bibliothèque jusqu’à 23 h pendant les examens, "
            + "avec des prises et un accès par badge."},
        {"Des micro-ondes en libre accès", "Installer des micro-ondes dans chaque bâtiment pour réchauffer son repas sans "
            + "faire la queue au restaurant universitaire."},
        {"Une navette entre les campus Nord et Sud", "Une navette toutes les vingt minutes aux heures de cours, pour les "
            + "étudiants inscrits sur les deux campus."},
        {"Des protections périodiques gratuites", "Des distributeurs gratuits dans les sanitaires de tous les campus."},
        {"Un potager partagé sur le campus Agronomie", "Cultiver des légumes avec les associations et les donner à "
            + "l’épicerie solidaire."},
    };

    /** Proposals need authors: without the host's example participants there is nothing to add. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
    }

    /** Without the host's participation services (an older host): the proposals, not found by search. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, List<UUID> demoParticipants) {
        insert(data, componentId, demoParticipants);
    }

    /** The proposals, indexed as published ones are, so that search and the similar-proposals check find them. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        for (String[] added : insert(data, componentId, demoParticipants)) {
            participation.search().index(ProposalsModule.TYPE, added[0], added[1], added[2], "proposals/" + added[0], true);
        }
    }

    /** id, title and text of each proposal added; none when the component has some already. */
    private static List<String[]> insert(ModuleData data, UUID componentId, List<UUID> demoParticipants) {
        if (demoParticipants.isEmpty()) {
            return List.of();
        }
        return data.write(sql -> {
            List<String[]> added = new java.util.ArrayList<>();
            if (sql.first("select 1 from proposals_proposals where component_id = ?", componentId).isPresent()) {
                return added;
            }
            List<UUID> categories = sql.query("select c.id from sdk_categories c join sdk_components k on k.space_id = c.space_id "
                    + "where k.id = ? order by c.id", componentId).stream().map(row -> row.uuid("id")).toList();
            for (int i = 0; i < PROPOSALS.length; i++) {
                UUID id = UUID.randomUUID();
                sql.update("insert into proposals_proposals (id, component_id, reference, author_id, title, body, state, published_at, "
                        + "category_id) values (?, ?, ?, ?, ?, ?, 'published', now(), ?)", id, componentId, i + 1,
                        demoParticipants.get(i % demoParticipants.size()), PROPOSALS[i][0], PROPOSALS[i][1],
                        categories.isEmpty() ? null : categories.get(i % categories.size()));
                added.add(new String[] {id.toString(), PROPOSALS[i][0], PROPOSALS[i][1]});
            }
            return added;
        });
    }
}
