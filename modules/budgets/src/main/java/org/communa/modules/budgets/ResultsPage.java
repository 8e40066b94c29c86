package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.budgets.counting.Audit;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.Project;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;

/**
 * The results page: funded projects first in the order they were funded, then the others by votes; the
 * total spent and left; a chart of votes; and the audit anyone can check (rule, parameters, tie-break,
 * ballot set hash, the rounds of Equal Shares with effective votes), with the open-data downloads.
 */
final class ResultsPage {

    private ResultsPage() {
    }

    static ModuleResponse render(ModuleRequest request, Row budget, BudgetElection election, Outcome outcome) {
        String currency = budget.string("currency");
        String locale = request.locale();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Project> ordered = new ArrayList<>(election.election().projects());
        ordered.sort(Comparator.<Project>comparingInt(p -> outcome.winners().contains(p.id()) ? outcome.winners().indexOf(p.id()) : Integer.MAX_VALUE)
                .thenComparing(p -> outcome.scores().get(p.id()), Comparator.reverseOrder()));
        List<Map<String, Object>> chart = new ArrayList<>();
        for (Project project : ordered) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", project.id());
            row.put("title", project.name());
            row.put("cost", Money.format(project.cost().toDecimal(2), currency, locale));
            row.put("votes", outcome.scores().get(project.id()).toDecimal(0));
            row.put("funded", outcome.funded(project.id()));
            row.put("withdrawn", project.withdrawn());
            rows.add(row);
            chart.add(Map.of("label", project.name().length() > 40 ? project.name().substring(0, 39) + "…" : project.name(),
                    "value", outcome.scores().get(project.id()).toDecimal(0).longValue()));
        }
        Audit audit = outcome.audit();
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (Audit.Round round : audit.rounds()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("funded", round.funded());
            view.put("title", election.names().getOrDefault(round.funded(), round.funded()));
            view.put("effectiveVotes", round.effectiveVotes().getOrDefault(round.funded(), org.communa.budgets.counting.Rational.ZERO)
                    .toDecimal(2));
            view.put("payers", round.payments().size());
            rounds.add(view);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("budget", BudgetPage.view(budget, locale));
        model.put("rows", rows);
        model.put("chart", chart);
        model.put("spent", Money.format(outcome.totalCost().toDecimal(2), currency, locale));
        model.put("left", Money.format(outcome.left().toDecimal(2), currency, locale));
        model.put("funded", outcome.winners().size());
        model.put("ballots", audit.ballots());
        model.put("rule", outcome.rule().cliName());
        model.put("parameters", audit.parameters());
        model.put("tieBreak", audit.tieBreak());
        model.put("hash", audit.ballotSetHash());
        model.put("rounds", rounds);
        model.put("envelopeUsed", outcome.budget().signum() == 0 ? BigDecimal.ZERO
                : outcome.totalCost().dividedBy(outcome.budget()).toDecimal(4).movePointRight(2).stripTrailingZeros().toPlainString());
        return ModuleResponse.view("results", model);
    }
}
