package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/** A budget with a few projects for each demo organisation, so that the vote can be tried at once. */
final class DemoBudgets implements DemoSeed {

    private static final Object[][] WATER = {
        {"Fontaines d’eau potable dans les trois grands parcs", 45_000},
        {"Cuves de récupération d’eau de pluie pour les écoles", 80_000},
        {"Jardins de pluie dans le quartier sud", 60_000},
        {"Compteurs connectés pour repérer les fuites", 95_000},
        {"Restauration des berges du ruisseau", 70_000},
    };
    private static final Object[][] CAMPUS = {
        {"Salle de révision ouverte le soir", 12_000},
        {"Potager partagé sur le campus Agronomie", 6_000},
        {"Abris vélos sécurisés", 18_000},
        {"Fontaines à eau dans les amphithéâtres", 9_000},
        {"Bibliothèque d’objets empruntables", 7_500},
    };

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
        boolean water = spaceSlug.startsWith("budget-eau");
        data.write(sql -> {
            if (sql.first("select 1 from budgets_budgets where component_id = ?", componentId).isPresent()) {
                return null;
            }
            UUID budget = UUID.randomUUID();
            sql.update("insert into budgets_budgets (id, component_id, title, description, envelope, currency, ballot_rule, counting_rule) "
                    + "values (?, ?, ?, ?, ?, 'EUR', 'knapsack', ?)", budget, componentId,
                    water ? "Budget participatif de l’eau" : "Budget participatif étudiant",
                    water ? "Choisissez les projets à financer dans l’enveloppe de 250 000 EUR."
                            : "Choisissez les projets à financer dans l’enveloppe de 30 000 EUR.",
                    BigDecimal.valueOf(water ? 250_000 : 30_000), water ? "greedy" : "mes-add1");
            Object[][] projects = water ? WATER : CAMPUS;
            for (int i = 0; i < projects.length; i++) {
                sql.update("insert into budgets_projects (id, component_id, budget_id, reference, title, cost) values (?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(), componentId, budget, i + 1, projects[i][0], BigDecimal.valueOf(((Number) projects[i][1]).longValue()));
            }
            return null;
        });
    }
}
