package org.communa.modules.budgets;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.communa.budgets.counting.CountingRule;
import org.communa.budgets.counting.TieBreak;
import org.communa.module.api.ModuleProblem;

/**
 * A budget as an admin defines it, checked whole before anything is written: title, envelope and
 * currency, the ballot rule and its figures, the counting rule and its options, and optionally a scope
 * (for "vote in the budget of your scope").
 */
record BudgetInput(String title, String description, BigDecimal envelope, String currency, UUID scopeId, String ballotRule,
        BigDecimal minShare, int minChoices, int maxChoices, int points, int maxPointsPerProject, String countingRule,
        boolean greedyCompletion, BigDecimal threshold, TieBreak tieBreak, int position) {

    static final List<String> BALLOT_RULES = List.of("knapsack", "approval", "cumulative", "ranked");

    static BudgetInput from(JsonObject json) {
        String title = title(json);
        BigDecimal envelope = decimal(json, "envelope");
        if (envelope == null || envelope.signum() <= 0 || envelope.scale() > 2) {
            throw ModuleProblem.badRequest("envelope must be a positive amount with at most 2 decimals");
        }
        String currency = json.getString("currency", "EUR");
        if (!currency.matches("[A-Z]{3}")) {
            throw ModuleProblem.badRequest("currency must be an ISO 4217 code such as EUR");
        }
        String ballotRule = json.getString("ballotRule", "knapsack");
        if (!BALLOT_RULES.contains(ballotRule)) {
            throw ModuleProblem.badRequest("ballotRule must be one of " + String.join(", ", BALLOT_RULES));
        }
        BigDecimal minShare = decimal(json, "minShare");
        if (minShare != null && (minShare.signum() < 0 || minShare.compareTo(BigDecimal.ONE) > 0)) {
            throw ModuleProblem.badRequest("minShare must be between 0 and 1 (a part of the envelope)");
        }
        int minChoices = whole(json, "minChoices");
        int maxChoices = whole(json, "maxChoices");
        if (maxChoices > 0 && minChoices > maxChoices) {
            throw ModuleProblem.badRequest("minChoices (" + minChoices + ") is above maxChoices (" + maxChoices + ")");
        }
        int points = whole(json, "points");
        if (ballotRule.equals("cumulative") && points < 1) {
            throw ModuleProblem.badRequest("a cumulative ballot needs points to spread (points >= 1)");
        }
        String countingRule = json.getString("countingRule", "greedy");
        try {
            CountingRule rule = CountingRule.fromName(countingRule);
            if (!rule.forBudgets()) {
                throw new IllegalArgumentException(rule.cliName() + " funds beyond the envelope and only recounts files with it");
            }
            countingRule = rule.cliName();
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest("countingRule: " + e.getMessage());
        }
        BigDecimal threshold = decimal(json, "threshold");
        if (countingRule.equals("greedy-threshold") && threshold == null) {
            throw ModuleProblem.badRequest("greedy-threshold needs a threshold (the fewest votes or points a project needs)");
        }
        TieBreak tieBreak;
        try {
            tieBreak = TieBreak.fromName(json.getString("tieBreak", TieBreak.LOWER_COST_FIRST.cliName()));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ModuleProblem.badRequest("tieBreak must be lower-cost-first or listed-first (how projects with equal scores are ordered)");
        }
        String scope = text(json, "scopeId");
        UUID scopeId;
        try {
            scopeId = scope == null ? null : UUID.fromString(scope);
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest("scopeId is not an id: " + scope);
        }
        String description = longText(json, "description", 10_000);
        return new BudgetInput(title, description, envelope, currency, scopeId, ballotRule,
                minShare == null ? BigDecimal.ZERO : minShare, minChoices, maxChoices, points, whole(json, "maxPointsPerProject"),
                countingRule, json.getBoolean("greedyCompletion", false), threshold, tieBreak, whole(json, "position"));
    }

    /** The title every budget, project and follow-up entry has: 3 to 150 characters. */
    static String title(JsonObject json) {
        String title = text(json, "title");
        if (title == null || title.length() < 3 || title.length() > 150) {
            throw ModuleProblem.badRequest("title must have 3 to 150 characters");
        }
        return title;
    }

    /** An optional text of at most {@code max} characters as sent, kept trimmed; "" when absent. */
    static String longText(JsonObject json, String name, int max) {
        String text = json.getString(name, "");
        if (text.length() > max) {
            throw ModuleProblem.badRequest(name + " must have at most " + max + " characters");
        }
        return text.strip();
    }

    static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ModuleProblem.badRequest(name + " must be text");
        }
        String text = json.getString(name).strip();
        return text.isEmpty() ? null : text;
    }

    static BigDecimal decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw ModuleProblem.badRequest(name + " must be a number");
    }

    static int whole(JsonObject json, String name) {
        BigDecimal value = decimal(json, name);
        if (value == null) {
            return 0;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw ModuleProblem.badRequest(name + " must be a whole number between 0 and 1000000");
        }
        return value.intValue();
    }
}
