package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.budgets.counting.Audit;
import org.communa.budgets.counting.EqualSharesReport;
import org.communa.budgets.counting.Rational;
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

    static ModuleResponse render(ModuleRequest request, Row budget, BudgetElection election, Outcome outcome,
            List<Map<String, Object>> scopes) {
        String currency = budget.string("currency");
        String locale = request.locale();
        Map<String, EqualSharesReport.Explanation> why = EqualSharesReport.explain(election.election(), outcome);
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
            if (why.containsKey(project.id())) {
                row.put("why", explanation(why.get(project.id()), election, currency, locale));
            }
            rows.add(row);
            // funded bars are marked with a sign, not a colour: the chart reads the same in grey or to the colour-blind
            String label = (outcome.funded(project.id()) ? "✓ " : "") + project.name();
            chart.add(Map.of("label", label.length() > 40 ? label.substring(0, 39) + "…" : label,
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
        // the command that recounts the export is for the organisation's staff; participants download the files
        model.put("staff", Budgets.staff(request));
        model.put("hash", audit.ballotSetHash());
        model.put("rounds", rounds);
        model.put("byScope", byScope(election, outcome, scopes, currency, locale));
        String share = audit.parameters().get("final_share");
        model.put("share", share == null ? "" : Money.format(Rational.parseExact(share).toDecimal(2), currency, locale));
        model.put("envelopeUsed", outcome.budget().signum() == 0 ? BigDecimal.ZERO
                : outcome.totalCost().dividedBy(outcome.budget()).toDecimal(4).movePointRight(2).stripTrailingZeros().toPlainString());
        return ModuleResponse.view("results", model);
    }

    /** The words of the sentence explaining one project (budgets.why.KIND), amounts as the reader writes them. */
    private static Map<String, Object> explanation(EqualSharesReport.Explanation why, BudgetElection election, String currency,
            String locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", why.kind().name());
        view.put("round", why.round());
        view.put("payers", why.payers());
        view.put("supporters", why.supporters());
        view.put("most", amount(why.mostPaid(), currency, locale));
        view.put("held", amount(why.supportersHeld(), currency, locale));
        view.put("short", amount(why.shortBy(), currency, locale));
        view.put("after", why.afterProject() == null ? "" : election.names().getOrDefault(why.afterProject(), why.afterProject()));
        return view;
    }

    private static String amount(Rational value, String currency, String locale) {
        return value == null ? "" : Money.format(value.toDecimal(2), currency, locale);
    }

    /**
     * Per scope (a campus, a district): how many projects, how many funded and for how much, and the votes, when
     * the projects are spread over scopes; empty otherwise.
     */
    private static List<Map<String, Object>> byScope(BudgetElection election, Outcome outcome, List<Map<String, Object>> scopes,
            String currency, String locale) {
        if (election.scopes().isEmpty()) {
            return List.of();
        }
        Map<UUID, Object> names = new LinkedHashMap<>();
        scopes.forEach(scope -> names.put(UUID.fromString(scope.get("id").toString()), scope.get("name")));
        Map<Object, long[]> counts = new LinkedHashMap<>();
        Map<Object, Rational> amounts = new LinkedHashMap<>();
        for (Project project : election.election().projects()) {
            UUID scope = election.scopes().get(project.id());
            Object key = scope == null ? "" : scope;
            long[] c = counts.computeIfAbsent(key, k -> new long[3]);
            c[0]++;
            c[2] += outcome.scores().get(project.id()).toDecimal(0).longValue();
            if (outcome.funded(project.id())) {
                c[1]++;
                amounts.merge(key, project.cost(), Rational::plus);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("names", key instanceof UUID id ? names.getOrDefault(id, Map.of()) : Map.of());
            row.put("projects", c[0]);
            row.put("funded", c[1]);
            row.put("amount", amount(amounts.getOrDefault(key, Rational.ZERO), currency, locale));
            row.put("votes", c[2]);
            rows.add(row);
        });
        return rows;
    }
}
