package org.communa.modules.budgets;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;

/**
 * The choices of a ballot, in the voter's order: {@code {"projects": ["id", ...]}} for knapsack,
 * approval and ranked ballots, or {@code {"points": {"id": 3, ...}}} for cumulative ones.
 */
final class BallotInput {

    private BallotInput() {
    }

    static Map<UUID, Integer> from(JsonObject json) {
        Map<UUID, Integer> choices = new LinkedHashMap<>();
        JsonValue projects = json.get("projects");
        JsonValue points = json.get("points");
        if (projects instanceof JsonArray list) {
            for (JsonValue value : list) {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    throw ModuleProblem.badRequest("projects must list project ids");
                }
                if (choices.put(SaveProject.uuid(((jakarta.json.JsonString) value).getString(), "a project"), 1) != null) {
                    throw ModuleProblem.badRequest("a project is chosen twice").explainedAs("budgets.problem.chosen_twice");
                }
            }
        } else if (points instanceof JsonObject given) {
            for (Map.Entry<String, JsonValue> entry : given.entrySet()) {
                if (!(entry.getValue() instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
                    throw ModuleProblem.badRequest("points must be whole numbers");
                }
                choices.put(SaveProject.uuid(entry.getKey(), "a project"), number.intValue());
            }
        } else {
            throw ModuleProblem.badRequest("a ballot is {\"projects\": [ids]} or, for points, {\"points\": {id: n}}");
        }
        return choices;
    }

    /**
     * From a page's fields (a form, or the query of "update the total"): {@code p.ID} for a ticked project,
     * {@code points.ID=n} for points, {@code rank.ID=n} for a place in a ranking (the order of the ballot).
     */
    static Map<UUID, Integer> fromFields(Map<String, String> fields) {
        Map<UUID, Integer> choices = new LinkedHashMap<>();
        java.util.TreeMap<Integer, UUID> ranked = new java.util.TreeMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (name.startsWith("p.")) {
                choices.put(SaveProject.uuid(name.substring(2), "a project"), 1);
            } else if ((name.startsWith("points.") || name.startsWith("rank.")) && !value.isEmpty()) {
                int number;
                try {
                    number = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw ModuleProblem.badRequest("points and ranks must be whole numbers").explainedAs("budgets.problem.whole_numbers");
                }
                if (name.startsWith("points.") && number != 0) {
                    choices.put(SaveProject.uuid(name.substring(7), "a project"), number);
                } else if (name.startsWith("rank.") && number > 0) {
                    if (ranked.put(number, SaveProject.uuid(name.substring(5), "a project")) != null) {
                        throw ModuleProblem.badRequest("two projects have the same rank").explainedAs("budgets.problem.same_rank");
                    }
                }
            }
        }
        ranked.values().forEach(id -> choices.put(id, 1));
        return choices;
    }
}
