package org.communa.module.api.questionnaire;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.communa.module.api.ModuleProblem;

/**
 * The builder's steps for admins who do not write JSON, shared by every module with a form (a survey, a
 * meeting's registration): add a question (to a section or a new one), remove one, move one up. Each step
 * returns the whole questionnaire, which {@link Questionnaire#parse} then checks, so a removal that would
 * orphan a condition is refused. The theme's partial {@code partials/questionnaire-builder} shows
 * {@link #model} with these steps' forms.
 */
public final class QuestionnaireBuilder {

    private QuestionnaireBuilder() {
    }

    /** The builder's steps, as routes name them. */
    /** A question as the API takes it (JSON Schema), for a module's route description. @since 1.1 */
    public static final String QUESTION_SCHEMA = """
            {"type": "object", "required": ["type", "text"], "properties": {
              "id": {"type": "string"},
              "type": {"enum": ["short_text", "long_text", "single_choice", "multiple_choice", "matrix_single", "matrix_multiple",
                "ranking", "scale", "file"]},
              "text": {"type": "string"}, "help": {"type": "string"}, "required": {"type": "boolean"},
              "choices": {"type": "array", "items": {}}, "rows": {"type": "array", "items": {}}, "other": {"type": "boolean"},
              "minLabel": {"type": "string"}, "maxLabel": {"type": "string"},
              "showIf": {"type": "object", "description": "shown only when an earlier choice question has this choice"}}}""";
    /** A whole questionnaire: its questions, optionally in sections. @since 1.1 */
    public static final String QUESTIONNAIRE_SCHEMA = """
            {"type": "object", "properties": {"questions": {"type": "array", "items": {"type": "object"}},
              "sections": {"type": "array", "items": {"type": "object"}}}}""";

    public enum Step { ADD, REMOVE, UP }

    /**
     * One step as a request asks it: ADD reads the question from the page's form or the API's JSON; REMOVE and UP
     * name the question by the path parameter "question". Starts from an empty questionnaire when there is none.
     */
    public static JsonObject apply(Step step, Questionnaire current, org.communa.module.api.http.ModuleRequest request) {
        JsonObject questionnaire = current == null ? empty() : current.toJson();
        return switch (step) {
            case ADD -> add(questionnaire, request.wantsPage() ? questionFromForm(request.form()) : request.jsonObject());
            case REMOVE -> remove(questionnaire, request.pathParameter("question"));
            case UP -> moveUp(questionnaire, request.pathParameter("question"));
        };
    }

    /** The questionnaire a step produced, checked whole, as stored; null when no question is left. */
    public static String checked(JsonObject questionnaire) {
        return isEmpty(questionnaire) ? null : Questionnaire.parse(questionnaire).toJson().toString();
    }

    /** A questionnaire with no question yet, to add the first one to. */
    public static JsonObject empty() {
        return Questionnaire.JSON.createObjectBuilder().add("sections", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    /** Whether a questionnaire the steps produced has no question left (store none then). */
    public static boolean isEmpty(JsonObject questionnaire) {
        return questionnaire.getJsonArray("sections").stream().allMatch(s -> s.asJsonObject().getJsonArray("questions").isEmpty());
    }

    /**
     * Adds the question to the section it names ("section": an id), or to a new one ("sectionTitle"), or to
     * the last; a question without an id gets the next "qN".
     */
    public static JsonObject add(JsonObject questionnaire, JsonObject question) {
        List<JsonObject> sections = new ArrayList<>(questionnaire.getJsonArray("sections").getValuesAs(JsonObject.class));
        JsonObjectBuilder added = Questionnaire.JSON.createObjectBuilder(question).remove("section").remove("sectionTitle");
        if (!question.containsKey("id")) {
            added.add("id", "q" + nextNumber(sections));
        }
        String sectionId = question.getString("section", "");
        String newTitle = question.getString("sectionTitle", "").strip();
        int target = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).getString("id").equals(sectionId)) {
                target = i;
            }
        }
        if (target < 0 && (sections.isEmpty() || !newTitle.isEmpty())) {
            sections.add(Questionnaire.JSON.createObjectBuilder().add("id", "s" + (sections.size() + 1)).add("title", newTitle)
                    .add("description", "").add("questions", JsonValue.EMPTY_JSON_ARRAY).build());
            target = sections.size() - 1;
        } else if (target < 0) {
            target = sections.size() - 1;
        }
        JsonObject section = sections.get(target);
        sections.set(target, Questionnaire.JSON.createObjectBuilder(section)
                .add("questions", Questionnaire.JSON.createArrayBuilder(section.getJsonArray("questions")).add(added)).build());
        JsonArrayBuilder all = Questionnaire.JSON.createArrayBuilder();
        sections.forEach(all::add);
        return Questionnaire.JSON.createObjectBuilder().add("sections", all).build();
    }

    public static JsonObject remove(JsonObject questionnaire, String questionId) {
        return eachSection(questionnaire, questions -> {
            questions.removeIf(question -> question.getString("id").equals(questionId));
            return questions;
        });
    }

    public static JsonObject moveUp(JsonObject questionnaire, String questionId) {
        return eachSection(questionnaire, questions -> {
            for (int i = 1; i < questions.size(); i++) {
                if (questions.get(i).getString("id").equals(questionId)) {
                    questions.add(i - 1, questions.remove(i));
                    break;
                }
            }
            return questions;
        });
    }

    /**
     * The "add a question" form as the question's JSON: choices and matrix rows one per line, the condition as
     * "question:choice" picked from {@link #model}'s list of earlier answers.
     */
    public static JsonObject questionFromForm(Map<String, String> form) {
        String type = form.getOrDefault("type", "");
        JsonObjectBuilder json = Questionnaire.JSON.createObjectBuilder().add("type", type).add("text", form.getOrDefault("text", ""))
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
            json.add("showIf", Questionnaire.JSON.createObjectBuilder().add("question", parts[0])
                    .add("anyOf", Questionnaire.JSON.createArrayBuilder().add(parts[1])));
        }
        return json.build();
    }

    /**
     * What the builder partial shows: sections with their questions in short ("outline"), the earlier answers a
     * new question may depend on ("conditions"), the question types, and the preview as people will see it.
     */
    public static Map<String, Object> model(Questionnaire questionnaire) {
        List<Map<String, Object>> outline = new ArrayList<>();
        List<Map<String, String>> conditions = new ArrayList<>();
        if (questionnaire != null) {
            questionnaire.sections().forEach(section -> outline.add(Map.of("id", section.id(), "title", section.title(),
                    "questions", section.questions().stream().map(QuestionnaireBuilder::summary).toList())));
            for (Question question : questionnaire.questions()) {
                if (question.type().choosing()) {
                    question.choices().forEach(choice -> conditions.add(Map.of("value", question.id() + ":" + choice.id(),
                            "label", question.text() + " → " + choice.label())));
                }
            }
        }
        return Map.of("sections", outline, "conditions", conditions,
                "types", Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList(),
                "preview", questionnaire == null ? List.of() : questionnaire.view(Map.of(), List.of()));
    }

    private static Map<String, Object> summary(Question question) {
        return Map.of("id", question.id(), "type", question.type().wireName(), "text", question.text(), "required", question.required(),
                "choices", String.join(" · ", question.choices().stream().map(Choice::label).toList()),
                "condition", question.showIf() == null ? "" : question.showIf().questionId() + " = " + String.join(", ", question.showIf().anyOf()));
    }

    private static JsonObject eachSection(JsonObject questionnaire, UnaryOperator<List<JsonObject>> change) {
        JsonArrayBuilder sections = Questionnaire.JSON.createArrayBuilder();
        boolean found = false;
        for (JsonObject section : questionnaire.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            List<JsonObject> questions = section.getJsonArray("questions").getValuesAs(JsonObject.class);
            List<JsonObject> changed = change.apply(new ArrayList<>(questions));
            found |= !changed.equals(questions);
            JsonArrayBuilder kept = Questionnaire.JSON.createArrayBuilder();
            changed.forEach(kept::add);
            sections.add(Questionnaire.JSON.createObjectBuilder(section).add("questions", kept));
        }
        if (!found) {
            throw ModuleProblem.notFound("no question to change here (it may be first already)");
        }
        return Questionnaire.JSON.createObjectBuilder().add("sections", sections).build();
    }

    /** One more than the highest "qN" id, so that ids are never reused within a questionnaire. */
    private static int nextNumber(List<JsonObject> sections) {
        int highest = 0;
        for (JsonObject section : sections) {
            for (JsonObject question : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                String id = question.getString("id");
                if (id.matches("q\\d{1,6}")) {
                    highest = Math.max(highest, Integer.parseInt(id.substring(1)));
                }
            }
        }
        return highest + 1;
    }

    private static JsonArrayBuilder lines(String text) {
        JsonArrayBuilder lines = Questionnaire.JSON.createArrayBuilder();
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
