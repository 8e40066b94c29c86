package org.communa.modules.budgets;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.communa.budgets.counting.Ballot;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.OutcomeJson;
import org.communa.budgets.counting.PabulibWriter;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Open data: a budget's projects, anonymised ballots and results as a Pabulib file (for research and
 * recounting with {@code ./communa pb count}), as JSON, or its projects and results as CSV. Available once
 * results are published (admins: at any time). Nothing says who voted.
 */
final class ExportBudget implements RouteHandler {

    enum Format { PABULIB, JSON, CSV }

    private final Format format;

    ExportBudget(Format format) {
        this.format = format;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (!Budgets.staff(request) && !request.settings().bool("results_published")) {
            throw ModuleProblem.forbidden("this budget's ballots and results are published with its results")
                    .explainedAs("budgets.problem.results_not_published");
        }
        return request.data().read(sql -> {
            Row budget = Budgets.budget(sql, request);
            BudgetElection election = BudgetElection.load(sql, budget);
            Outcome outcome = CountBudget.count(budget, election);
            String name = "budget-" + budget.uuid("id");
            return switch (format) {
                case PABULIB -> ModuleResponse.download("text/plain", name + ".pb",
                        PabulibWriter.write(election.election(), election.names(), outcome));
                case JSON -> ModuleResponse.download("application/json", name + ".json", json(election, outcome));
                case CSV -> ModuleResponse.download("text/csv", name + ".csv", csv(election, outcome));
            };
        });
    }

    private static String json(BudgetElection election, Outcome outcome) {
        JsonArrayBuilder ballots = BudgetJson.JSON.createArrayBuilder();
        for (Ballot ballot : election.election().ballots()) {
            JsonObjectBuilder choices = BudgetJson.JSON.createObjectBuilder();
            ballot.points().forEach((id, points) -> choices.add(id, points.toDecimal(0)));
            ballots.add(choices);
        }
        return BudgetJson.JSON.createObjectBuilder().add("results", OutcomeJson.of(election.election(), outcome, true))
                .add("ballots", ballots).build().toString();
    }

    private static String csv(BudgetElection election, Outcome outcome) {
        StringBuilder csv = new StringBuilder("project_id,name,cost,score,funded\n");
        election.election().projects().forEach(project -> csv.append(project.id()).append(',')
                .append(cell(project.name())).append(',').append(project.cost().exact()).append(',')
                .append(outcome.scores().get(project.id()).exact()).append(',').append(outcome.funded(project.id()) ? 1 : 0).append('\n'));
        return csv.toString();
    }

    /** Quoted, and a leading formula character neutralised, so that a spreadsheet never runs a project's name. */
    static String cell(String text) {
        String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
