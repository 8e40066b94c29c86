package org.communa.modules.budgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.budgets.counting.Ballot;
import org.communa.budgets.counting.Election;
import org.communa.budgets.counting.Project;
import org.communa.budgets.counting.Rational;
import org.communa.budgets.counting.TieBreak;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;

/**
 * A budget as the counting engine sees it: projects by reference (the ids published in exports and in
 * the audit), anonymised ballots in a fixed order (by ballot id, which says nothing of who or when), the
 * envelope and the ballot kind. What is counted is exactly what is published.
 */
record BudgetElection(Election election, Map<String, String> names, Map<String, UUID> projectIds, Map<String, UUID> scopes) {

    static BudgetElection load(Sql sql, Row budget) {
        UUID budgetId = budget.uuid("id");
        List<Project> projects = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, UUID> ids = new LinkedHashMap<>();
        Map<UUID, String> references = new LinkedHashMap<>();
        Map<String, UUID> scopes = new LinkedHashMap<>();
        for (Row row : Budgets.projects(sql, budgetId)) {
            String reference = String.valueOf(row.integer("reference"));
            projects.add(new Project(reference, Rational.parse(row.decimal("cost").toPlainString()), row.string("title"), row.bool("withdrawn")));
            names.put(reference, row.string("title"));
            ids.put(reference, row.uuid("id"));
            references.put(row.uuid("id"), reference);
            if (row.uuid("scope_id") != null) {
                scopes.put(reference, row.uuid("scope_id"));
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        Map<String, Rational> current = null;
        UUID currentBallot = null;
        for (Row choice : sql.query("select c.ballot_id, c.project_id, c.points from budgets_choices c join budgets_ballots b "
                + "on b.id = c.ballot_id where b.budget_id = ? order by c.ballot_id, c.position", budgetId)) {
            if (!choice.uuid("ballot_id").equals(currentBallot)) {
                if (current != null) {
                    ballots.add(new Ballot(current));
                }
                current = new LinkedHashMap<>();
                currentBallot = choice.uuid("ballot_id");
            }
            current.put(references.get(choice.uuid("project_id")), Rational.of(choice.integer("points")));
        }
        if (current != null) {
            ballots.add(new Ballot(current));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", budget.string("title"));
        meta.put("currency", budget.string("currency"));
        // the export says how ties were broken, so that `./communa pb count` on it breaks them the same way
        meta.put(TieBreak.META_KEY, budget.string("tie_break"));
        Election election = new Election(Budgets.envelope(budget), projects, ballots, Budgets.ballotRule(budget).ballotKind(), meta);
        return new BudgetElection(election, names, ids, scopes);
    }
}
