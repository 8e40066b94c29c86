package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * A budget with a few projects for the university's demo student budget, so that the vote can be tried at once
 * (the water utility's demo budget is run through the API from its ideas, by the launcher).
 */
final class DemoBudgets implements DemoSeed {

    private static final Object[][] CAMPUS = {
        {"Salle de révision ouverte le soir", 12_000},
        {"Potager partagé sur le campus Agronomie", 6_000},
        {"Abris vélos sécurisés", 18_000},
        {"Fontaines à eau dans les amphithéâtres", 9_000},
        {"Bibliothèque d’objets empruntables", 7_500},
    };

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
        if (!spaceSlug.equals("budget-etudiant")) {
            return;
        }
        data.write(sql -> {
            if (sql.first("select 1 from budgets_budgets where component_id = ?", componentId).isPresent()) {
                return null;
            }
            UUID budget = UUID.randomUUID();
            sql.update("insert into budgets_budgets (id, component_id, title, description, envelope, currency, ballot_rule, counting_rule) "
                    + "values (?, ?, ?, ?, ?, 'EUR', 'knapsack', ?)", budget, componentId,
                    "Budget participatif étudiant", "Choisissez les projets à financer dans l’enveloppe de 30 000 €.",
                    BigDecimal.valueOf(30_000), "mes-add1");
            Object[][] projects = CAMPUS;
            for (int i = 0; i < projects.length; i++) {
                sql.update("insert into budgets_projects (id, component_id, budget_id, reference, title, cost) values (?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(), componentId, budget, i + 1, projects[i][0], BigDecimal.valueOf(((Number) projects[i][1]).longValue()));
            }
            return null;
        });
    }

    /** The same projects, found by the organisation's search. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        seed(data, componentId, spaceSlug);
        ProjectIndex.indexAll(data, componentId, participation.search());
    }
}
