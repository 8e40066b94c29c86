package org.communa.modules.budgets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communa.budgets.counting.Ballot;
import org.communa.budgets.counting.PabulibFile;
import org.communa.budgets.counting.PabulibFormatException;
import org.communa.budgets.counting.Project;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Fills an empty budget from a Pabulib file (the request's body): its projects, and its ballots as
 * imported ballots, to rehearse a vote or compare counting rules on a past election. The budget takes the
 * file's envelope; a malformed file is refused with its line and reason, and nothing is written.
 */
final class ImportPabulib implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        PabulibFile file;
        try {
            file = PabulibFile.parse(request.body() == null ? "" : request.body());
        } catch (PabulibFormatException e) {
            throw ModuleProblem.badRequest("line " + e.line() + ": " + e.reason());
        }
        PabulibFile pb = file;
        int[] counts = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            UUID budgetId = budget.uuid("id");
            if (sql.first("select 1 from budgets_projects where budget_id = ? limit 1", budgetId).isPresent()) {
                throw ModuleProblem.conflict("a Pabulib file is imported into an empty budget; this one has projects");
            }
            String rule = switch (pb.election().kind()) {
                case APPROVAL, CHOOSE_ONE -> "approval";
                case CUMULATIVE, SCORING -> "cumulative";
                case ORDINAL -> "ranked";
            };
            int points = pb.election().ballots().stream().mapToInt(b -> b.points().values().stream()
                    .mapToInt(r -> r.toDecimal(0).intValue()).sum()).max().orElse(1);
            sql.update("update budgets_budgets set envelope = ?, ballot_rule = ?, points = ?, max_choices = ? where id = ?",
                    pb.election().budget().toDecimal(2), rule, Math.max(points, 1),
                    pb.election().kind() == org.communa.budgets.counting.BallotKind.CHOOSE_ONE ? 1 : 0, budgetId);
            Map<String, UUID> projects = new LinkedHashMap<>();
            int reference = 1;
            for (Project project : pb.election().projects()) {
                UUID id = UUID.randomUUID();
                projects.put(project.id(), id);
                String name = project.name().isBlank() ? "Projet " + project.id() : project.name();
                sql.update("insert into budgets_projects (id, component_id, budget_id, reference, title, cost, withdrawn) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", id, request.componentId(), budgetId, reference++,
                        name.length() > 150 ? name.substring(0, 150) : (name.length() < 3 ? name + " (" + project.id() + ")" : name),
                        project.withdrawn() ? java.math.BigDecimal.ZERO : project.cost().toDecimal(2), project.withdrawn());
            }
            int voter = 0;
            for (Ballot ballot : pb.election().ballots()) {
                UUID ballotId = UUID.randomUUID();
                sql.update("insert into budgets_ballots (id, component_id, budget_id, voter_key, channel) values (?, ?, ?, ?, 'import')",
                        ballotId, request.componentId(), budgetId, "import:" + pb.voterIds().get(voter++));
                int position = 0;
                for (var choice : ballot.points().entrySet()) {
                    sql.update("insert into budgets_choices (ballot_id, project_id, points, position) values (?, ?, ?, ?)",
                            ballotId, projects.get(choice.getKey()), choice.getValue().toDecimal(0).intValue(), position++);
                }
            }
            sql.recordAction("import_pabulib", "budget", budgetId.toString());
            ProjectIndex.indexBudget(request.services().participation().search(), sql, budgetId);
            return new int[] {projects.size(), voter};
        });
        return ModuleResponse.json(200, "{\"projects\":" + counts[0] + ",\"ballots\":" + counts[1] + "}");
    }
}
