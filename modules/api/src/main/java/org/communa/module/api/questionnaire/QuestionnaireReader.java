package org.communa.module.api.questionnaire;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communa.module.api.ModuleProblem;

/**
 * Reads a questionnaire from JSON and refuses, with the path of the first fault, whatever would make it
 * unanswerable or ambiguous: unknown types, duplicate ids, a choice question with fewer than two choices,
 * a condition on a later question or on a question that has no such choice.
 */
final class QuestionnaireReader {

    static final String ID = "[a-z0-9][a-z0-9-]{0,39}";
    static final int MAX_QUESTIONS = 200;
    static final int MAX_CHOICES = 100;

    private final Map<String, Question> earlier = new HashMap<>();

    static Questionnaire read(JsonObject json) {
        return new QuestionnaireReader().questionnaire(json);
    }

    private Questionnaire questionnaire(JsonObject json) {
        List<Section> sections = new ArrayList<>();
        if (json.containsKey("sections")) {
            JsonArray array = array(json, "sections", "sections");
            for (int i = 0; i < array.size(); i++) {
                sections.add(section(object(array.get(i), "sections[" + i + "]"), "sections[" + i + "]", "s" + (i + 1)));
            }
        } else {
            sections.add(section(json, "", "s1"));
        }
        if (sections.stream().allMatch(section -> section.questions().isEmpty())) {
            throw fault("", "a questionnaire needs at least one question");
        }
        return new Questionnaire(sections);
    }

    private Section section(JsonObject json, String path, String defaultId) {
        String id = json.containsKey("id") ? id(json, "id", path) : defaultId;
        String title = text(json, "title", path, 0, 200);
        String description = text(json, "description", path, 0, 2000);
        JsonArray array = json.containsKey("questions") ? array(json, "questions", path) : JsonValue.EMPTY_JSON_ARRAY;
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = prefix(path) + "questions[" + i + "]";
            Question question = question(object(array.get(i), at), at);
            if (earlier.size() >= MAX_QUESTIONS) {
                throw fault(at, "a questionnaire has at most " + MAX_QUESTIONS + " questions");
            }
            if (earlier.putIfAbsent(question.id(), question) != null) {
                throw fault(at + ".id", "the id " + question.id() + " is used twice");
            }
            questions.add(question);
        }
        return new Section(id, title, description, questions);
    }

    private Question question(JsonObject json, String path) {
        String id = id(json, "id", path);
        String typeName = text(json, "type", path, 1, 40);
        QuestionType type = QuestionType.fromWire(typeName).orElseThrow(() -> fault(path + ".type",
                "unknown type " + typeName + "; one of short_text, long_text, single_choice, multiple_choice, matrix_single, matrix_multiple, ranking, scale, file"));
        String text = text(json, "text", path, 1, 500);
        String help = text(json, "help", path, 0, 1000);
        boolean required = json.getBoolean("required", false);
        List<Choice> choices = type.hasChoices() ? choices(json, "choices", path) : List.of();
        List<Choice> rows = type.matrix() ? choices(json, "rows", path) : List.of();
        boolean other = type.choosing() && json.getBoolean("other", false);
        int maxChoices = type == QuestionType.MULTIPLE_CHOICE ? integer(json, "maxChoices", path, 0, 0, choices.size()) : 0;
        int min = type == QuestionType.SCALE ? integer(json, "min", path, 1, -10, 10) : 0;
        int max = type == QuestionType.SCALE ? integer(json, "max", path, 5, min + 1, min + 100) : 0;
        int maxLength = type.text() ? integer(json, "maxLength", path, type == QuestionType.SHORT_TEXT ? 300 : 5000, 1, 20_000) : 0;
        Condition showIf = json.containsKey("showIf") && json.get("showIf") != JsonValue.NULL
                ? condition(object(json.get("showIf"), path + ".showIf"), path + ".showIf") : null;
        return new Question(id, type, text, help, required, choices, rows, other, maxChoices, min, max,
                type == QuestionType.SCALE ? text(json, "minLabel", path, 0, 100) : "", type == QuestionType.SCALE ? text(json, "maxLabel", path, 0, 100) : "",
                maxLength, showIf);
    }

    /** Choices as objects {"id", "label"} or as bare labels (numbered c1, c2... in order). */
    private List<Choice> choices(JsonObject json, String name, String path) {
        JsonArray array = array(json, name, path);
        if (array.size() < 2 || array.size() > MAX_CHOICES) {
            throw fault(path + "." + name, "give 2 to " + MAX_CHOICES + " " + name);
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "." + name + "[" + i + "]";
            Choice choice;
            if (array.get(i) instanceof JsonString label) {
                choice = new Choice("c" + (i + 1), bounded(label.getString(), at, 1, 300));
            } else {
                JsonObject object = object(array.get(i), at);
                choice = new Choice(id(object, "id", at), text(object, "label", at, 1, 300));
            }
            if (choice.id().equals("other") || !ids.add(choice.id())) {
                throw fault(at + ".id", choice.id().equals("other") ? "\"other\" is kept for the free answer" : "the id " + choice.id() + " is used twice");
            }
            choices.add(choice);
        }
        return choices;
    }

    private Condition condition(JsonObject json, String path) {
        String target = id(json, "question", path);
        Question question = earlier.get(target);
        if (question == null) {
            throw fault(path + ".question", "a condition refers to an earlier question; there is none with id " + target + " before this one");
        }
        if (!question.type().choosing() && question.type() != QuestionType.SCALE) {
            throw fault(path + ".question", "a condition tests a choice or scale question; " + target + " is " + question.type().wireName());
        }
        List<String> anyOf = new ArrayList<>();
        for (JsonValue value : array(json, "anyOf", path)) {
            String wanted = value instanceof JsonNumber number ? number.toString() : value instanceof JsonString text ? text.getString() : "";
            boolean exists = question.type() == QuestionType.SCALE ? wanted.matches("-?\\d+") && Integer.parseInt(wanted) >= question.min()
                    && Integer.parseInt(wanted) <= question.max() : question.hasChoice(wanted) || (question.other() && wanted.equals("other"));
            if (!exists) {
                throw fault(path + ".anyOf", target + " has no answer " + wanted);
            }
            anyOf.add(wanted);
        }
        if (anyOf.isEmpty()) {
            throw fault(path + ".anyOf", "name at least one answer that shows the question");
        }
        return new Condition(target, anyOf);
    }

    private static String id(JsonObject json, String name, String path) {
        String id = text(json, name, path, 1, 40);
        if (!id.matches(ID)) {
            throw fault(prefix(path) + name, "an id is lower-case letters, digits and dashes, got: " + id);
        }
        return id;
    }

    private static String text(JsonObject json, String name, String path, int min, int max) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (min > 0) {
                throw fault(prefix(path) + name, "is required");
            }
            return "";
        }
        if (!(value instanceof JsonString string)) {
            throw fault(prefix(path) + name, "must be text");
        }
        return bounded(string.getString(), prefix(path) + name, min, max);
    }

    private static String bounded(String text, String path, int min, int max) {
        String stripped = text.strip();
        if (stripped.length() < min || stripped.length() > max) {
            throw fault(path, "must have " + min + " to " + max + " characters");
        }
        return stripped;
    }

    private static int integer(JsonObject json, String name, String path, int fallback, int min, int max) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < min || number.longValue() > max) {
            throw fault(prefix(path) + name, "must be a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }

    private static JsonArray array(JsonObject json, String name, String path) {
        if (!(json.get(name) instanceof JsonArray array)) {
            throw fault(prefix(path) + name, "must be a list");
        }
        return array;
    }

    private static JsonObject object(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            throw fault(path, "must be an object");
        }
        return object;
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    private static ModuleProblem fault(String path, String message) {
        return ModuleProblem.badRequest("questionnaire" + (path.isEmpty() ? "" : " " + path) + ": " + message);
    }
}
