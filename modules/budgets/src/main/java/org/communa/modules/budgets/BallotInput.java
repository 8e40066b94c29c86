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

    /** From a page's form: {@code project=ID} repeated, or {@code points.ID=n}. */
    static Map<UUID, Integer> fromForm(String body) {
        Map<UUID, Integer> choices = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return choices;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
            if (name.equals("project")) {
                choices.put(SaveProject.uuid(value, "a project"), 1);
            } else if (name.startsWith("points.") && !value.isBlank()) {
                try {
                    int given = Integer.parseInt(value.strip());
                    if (given != 0) {
                        choices.put(SaveProject.uuid(name.substring(7), "a project"), given);
                    }
                } catch (NumberFormatException e) {
                    throw ModuleProblem.badRequest("points must be whole numbers");
                }
            }
        }
        return choices;
    }
}
