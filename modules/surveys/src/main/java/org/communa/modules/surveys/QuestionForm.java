package org.communa.modules.surveys;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Map;
import org.communa.module.api.ModuleProblem;

/**
 * The builder page's "add a question" form as the question's JSON: choices and matrix rows one per line,
 * the condition as "question:choice" picked from a list of earlier answers.
 */
final class QuestionForm {

    private QuestionForm() {
    }

    static JsonObject asJson(Map<String, String> form) {
        String type = form.getOrDefault("type", "");
        JsonObjectBuilder json = Surveys.JSON.createObjectBuilder().add("type", type).add("text", form.getOrDefault("text", ""))
                .add("help", form.getOrDefault("help", "")).add("required", form.containsKey("required"))
                .add("section", form.getOrDefault("section", "")).add("sectionTitle", form.getOrDefault("sectionTitle", ""));
        if (type.endsWith("_choice") || type.startsWith("matrix_") || type.equals("ranking")) {
            json.add("choices", lines(form.getOrDefault("choices", "")));
        }
        if (type.startsWith("matrix_")) {
            json.add("rows", lines(form.getOrDefault("rows", "")));
        }
        if (type.endsWith("_choice")) {
            json.add("other", form.containsKey("other"));
        }
        if (type.equals("multiple_choice")) {
            number(json, form, "maxChoices");
        }
        if (type.equals("scale")) {
            number(json, form, "min");
            number(json, form, "max");
            json.add("minLabel", form.getOrDefault("minLabel", "")).add("maxLabel", form.getOrDefault("maxLabel", ""));
        }
        String condition = form.getOrDefault("showIf", "");
        if (condition.contains(":")) {
            String[] parts = condition.split(":", 2);
            json.add("showIf", Surveys.JSON.createObjectBuilder().add("question", parts[0]).add("anyOf", Surveys.JSON.createArrayBuilder().add(parts[1])));
        }
        return json.build();
    }

    private static JsonArrayBuilder lines(String text) {
        JsonArrayBuilder lines = Surveys.JSON.createArrayBuilder();
        Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        return lines;
    }

    private static void number(JsonObjectBuilder json, Map<String, String> form, String name) {
        String value = form.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return;
        }
        try {
            json.add(name, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw ModuleProblem.badRequest(name + " must be a whole number, got: " + value);
        }
    }
}
