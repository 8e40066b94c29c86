package org.communa.modules.budgets;

import java.util.List;
import java.util.UUID;
import org.communa.budgets.counting.BallotRule;
import org.communa.budgets.counting.Rational;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;

/** Reading budgets and projects of the component, the same way for every route. */
final class Budgets {

    static final String PROJECTS = "select id, reference, title, description, cost, category_id, scope_id, proposal_id, withdrawn, "
            + "address, latitude, longitude "
            + "from budgets_projects where budget_id = ? order by reference";

    private Budgets() {
    }

    static UUID id(ModuleRequest request, String parameter) {
        try {
            return UUID.fromString(request.pathParameter(parameter));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ModuleProblem.notFound("no budget " + request.pathParameter(parameter) + " here");
        }
    }

    /** The budget of this component, or 404. */
    static Row budget(Sql sql, ModuleRequest request) {
        return budget(sql, request, id(request, "id"));
    }

    static Row budget(Sql sql, ModuleRequest request, UUID id) {
        return sql.first("select * from budgets_budgets where id = ? and component_id = ?", id, request.componentId())
                .orElseThrow(() -> ModuleProblem.notFound("no budget " + id + " in this component"));
    }

    static List<Row> projects(Sql sql, UUID budgetId) {
        return sql.query(PROJECTS, budgetId);
    }

    static BallotRule ballotRule(Row budget) {
        return switch (budget.string("ballot_rule")) {
            case "knapsack" -> BallotRule.knapsack(Rational.parse(budget.decimal("min_share").toPlainString()));
            case "approval" -> BallotRule.approval(budget.integer("min_choices").intValue(), budget.integer("max_choices").intValue());
            case "cumulative" -> BallotRule.cumulative(budget.integer("points").intValue(),
                    budget.integer("max_points_per_project").intValue());
            case "ranked" -> BallotRule.ranked(budget.integer("min_choices").intValue(), budget.integer("max_choices").intValue());
            default -> throw new IllegalStateException("unknown ballot rule " + budget.string("ballot_rule"));
        };
    }

    static Rational envelope(Row budget) {
        return Rational.parse(budget.decimal("envelope").toPlainString());
    }

    static boolean staff(ModuleRequest request) {
        return request.services().can("administer");
    }
}
