package org.communa.budgets.counting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An outcome as JSON, the same for the command line, the results API and the published audit. Amounts are
 * JSON numbers when they are finite decimals (all costs are) and fraction strings otherwise ("50/3"), so
 * that nothing is rounded away; the rounds of Equal Shares are included on request (they list every voter's
 * payments), with each project's explanation under Equal Shares ({@link EqualSharesReport}).
 */
public final class OutcomeJson {

    private OutcomeJson() {
    }

    public static JsonObject of(Election election, Outcome outcome, boolean withRounds) {
        JsonArrayBuilder winners = Json.createArrayBuilder();
        outcome.winners().forEach(winners::add);
        JsonArrayBuilder projects = Json.createArrayBuilder();
        Map<String, EqualSharesReport.Explanation> why = withRounds ? EqualSharesReport.explain(election, outcome) : Map.of();
        for (Project project : election.projects()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("id", project.id()).add("name", project.name());
            amount(item, "cost", project.cost());
            amount(item, "score", outcome.scores().getOrDefault(project.id(), Rational.ZERO));
            item.add("funded", outcome.funded(project.id())).add("withdrawn", project.withdrawn());
            if (why.containsKey(project.id())) {
                item.add("why", explanation(why.get(project.id())));
            }
            projects.add(item);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("rule", outcome.rule().cliName()).add("winners", winners);
        amount(json, "total_cost", outcome.totalCost());
        amount(json, "budget", outcome.budget());
        amount(json, "left", outcome.left());
        json.add("projects", projects).add("audit", audit(outcome.audit(), withRounds));
        return json.build();
    }

    private static JsonObject audit(Audit audit, boolean withRounds) {
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        audit.parameters().forEach(parameters::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("parameters", parameters).add("tie_break", audit.tieBreak())
                .add("ballot_set_hash", audit.ballotSetHash()).add("ballots", audit.ballots()).add("rounds_count", audit.rounds().size());
        if (withRounds) {
            JsonArrayBuilder rounds = Json.createArrayBuilder();
            for (Audit.Round round : audit.rounds()) {
                JsonObjectBuilder effective = Json.createObjectBuilder();
                round.effectiveVotes().forEach((id, votes) -> amount(effective, id, votes));
                JsonObjectBuilder payments = Json.createObjectBuilder();
                for (Map.Entry<Integer, Rational> payment : round.payments().entrySet()) {
                    amount(payments, String.valueOf(payment.getKey()), payment.getValue());
                }
                JsonObjectBuilder item = Json.createObjectBuilder().add("funded", round.funded());
                amount(item, "cost", round.cost());
                rounds.add(item.add("effective_votes", effective).add("payments_by_ballot", payments));
            }
            json.add("rounds", rounds);
        }
        return json.build();
    }

    private static JsonObject explanation(EqualSharesReport.Explanation why) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", why.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (why.round() > 0) {
            json.add("round", why.round());
        }
        if (why.afterProject() != null) {
            json.add("after_project", why.afterProject());
        }
        if (why.kind() == EqualSharesReport.Kind.FUNDED_IN_ROUND) {
            json.add("payers", why.payers()).add("supporters", why.supporters());
            amount(json, "most_paid", why.mostPaid());
        }
        if (why.supportersHeld() != null) {
            amount(json, "supporters_held", why.supportersHeld());
        }
        if (why.shortBy() != null && why.shortBy().signum() > 0) {
            amount(json, "short_by", why.shortBy());
        }
        return json.build();
    }

    /** A finite decimal as a JSON number, anything else as its exact fraction in a string. */
    static void amount(JsonObjectBuilder json, String name, Rational value) {
        String exact = value.exact();
        if (exact.contains("/")) {
            json.add(name, exact);
        } else {
            json.add(name, new BigDecimal(exact));
        }
    }
}
