package org.communa.module.api.questionnaire;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one person's answers question by question, in order, so that a condition reads the answers
 * already kept: a question hidden by an earlier answer is neither required nor stored.
 */
final class AnswerChecker {

    private final Questionnaire questionnaire;
    private final List<AnswerError> errors = new ArrayList<>();

    AnswerChecker(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    CheckedAnswers check(JsonObject given) {
        JsonObjectBuilder kept = Questionnaire.JSON.createObjectBuilder();
        JsonObject keptSoFar = JsonValue.EMPTY_JSON_OBJECT;
        Set<String> known = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            known.add(question.id());
            if (!questionnaire.visible(question, keptSoFar)) {
                continue;
            }
            JsonValue value = given.get(question.id());
            boolean empty = value == null || value == JsonValue.NULL || (value instanceof JsonString text && text.getString().isBlank());
            if (empty) {
                if (question.required()) {
                    fault(question, "required", "is required");
                }
                continue;
            }
            JsonValue normalised = normalise(question, value);
            if (normalised != null) {
                kept.add(question.id(), normalised);
                keptSoFar = kept.build();
                kept = Questionnaire.JSON.createObjectBuilder(keptSoFar);
            }
        }
        given.keySet().stream().filter(id -> !known.contains(id)).forEach(id -> errors.add(new AnswerError(id, "invalid", "there is no such question")));
        return new CheckedAnswers(keptSoFar, errors);
    }

    private JsonValue normalise(Question question, JsonValue value) {
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT -> text(question, value);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(question, value);
            case MATRIX_SINGLE, MATRIX_MULTIPLE -> matrix(question, value);
            case RANKING -> ranking(question, value);
            case SCALE -> scale(question, value);
            case FILE -> file(question, value);
        };
    }

    private JsonValue text(Question question, JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return fault(question, "invalid", "must be text");
        }
        String stripped = text.getString().strip();
        return stripped.length() > question.maxLength() ? fault(question, "too_long", "has more than " + question.maxLength() + " characters")
                : Questionnaire.JSON.createValue(stripped);
    }

    /** "c1", ["c1", "c2"] or {"choices": [...], "other": "..."}; kept as the last form. */
    private JsonValue choice(Question question, JsonValue value) {
        List<String> ids = new ArrayList<>();
        String other = "";
        if (value instanceof JsonString one) {
            ids.add(one.getString());
        } else if (value instanceof JsonArray many) {
            ids.addAll(strings(many));
        } else if (value instanceof JsonObject object && (object.get("choices") == null || object.get("choices") instanceof JsonArray)) {
            if (object.get("choices") instanceof JsonArray many) {
                ids.addAll(strings(many));
            }
            other = object.get("other") instanceof JsonString text ? text.getString().strip() : "";
        } else {
            return fault(question, "invalid", "must be a choice id, a list of them, or {\"choices\": [...], \"other\": \"...\"}");
        }
        Set<String> picked = new LinkedHashSet<>(ids);
        if (!other.isEmpty()) {
            if (!question.other()) {
                return fault(question, "unknown_choice", "takes no \"other\" answer");
            }
            picked.add("other");
        }
        for (String id : picked) {
            if (!question.hasChoice(id) && !(id.equals("other") && question.other())) {
                return fault(question, "unknown_choice", "has no choice " + id);
            }
        }
        if (picked.contains("other") && other.isEmpty()) {
            return fault(question, "other_empty", "say what \"other\" is");
        }
        if (other.length() > 300) {
            return fault(question, "too_long", "\"other\" has more than 300 characters");
        }
        if (picked.isEmpty()) {
            return question.required() ? fault(question, "required", "is required") : null;
        }
        if (question.type() == QuestionType.SINGLE_CHOICE && picked.size() > 1) {
            return fault(question, "one_choice", "takes one choice");
        }
        if (question.maxChoices() > 0 && picked.size() > question.maxChoices()) {
            return fault(question, "too_many", "takes at most " + question.maxChoices() + " choices");
        }
        JsonObjectBuilder kept = Questionnaire.JSON.createObjectBuilder().add("choices", array(picked));
        return other.isEmpty() ? kept.build() : kept.add("other", other).build();
    }

    /** {"row": "column"} (one per row) or {"row": ["column", ...]}; a required matrix needs every row. */
    private JsonValue matrix(Question question, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return fault(question, "invalid", "must map rows to columns");
        }
        JsonObjectBuilder kept = Questionnaire.JSON.createObjectBuilder();
        int answeredRows = 0;
        for (String rowId : object.keySet()) {
            if (!question.hasRow(rowId)) {
                return fault(question, "unknown_choice", "has no row " + rowId);
            }
            List<String> columns = AnswerValues.row(object, rowId);
            for (String column : columns) {
                if (!question.hasChoice(column)) {
                    return fault(question, "unknown_choice", "has no column " + column);
                }
            }
            if (columns.isEmpty()) {
                continue;
            }
            if (question.type() == QuestionType.MATRIX_SINGLE) {
                if (columns.size() > 1) {
                    return fault(question, "one_choice", "takes one column per row");
                }
                kept.add(rowId, columns.get(0));
            } else {
                kept.add(rowId, array(new LinkedHashSet<>(columns)));
            }
            answeredRows++;
        }
        if (question.required() && answeredRows < question.rows().size()) {
            return fault(question, "every_row", "needs an answer in every row");
        }
        return answeredRows == 0 ? null : kept.build();
    }

    /** Every choice exactly once, best first. */
    private JsonValue ranking(Question question, JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return fault(question, "invalid", "must list the choices in order");
        }
        List<String> order = strings(array);
        Set<String> distinct = new LinkedHashSet<>(order);
        boolean complete = distinct.size() == order.size() && order.size() == question.choices().size()
                && order.stream().allMatch(question::hasChoice);
        return complete ? array(distinct).build() : fault(question, "rank_all", "must rank each of the " + question.choices().size() + " choices once");
    }

    private JsonValue scale(Question question, JsonValue value) {
        int number;
        if (value instanceof JsonNumber json && json.isIntegral()) {
            number = json.intValue();
        } else if (value instanceof JsonString text && text.getString().strip().matches("-?\\d{1,4}")) {
            number = Integer.parseInt(text.getString().strip());
        } else {
            return fault(question, "invalid", "must be a whole number");
        }
        return number < question.min() || number > question.max()
                ? fault(question, "out_of_range", "must be from " + question.min() + " to " + question.max())
                : Questionnaire.JSON.createValue(number);
    }

    /** An attachment's id; whether the person uploaded it is for the module to check (it knows where they upload). */
    private JsonValue file(Question question, JsonValue value) {
        boolean id = value instanceof JsonString text && text.getString().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        return id ? value : fault(question, "invalid", "must be the id of a file you uploaded");
    }

    private JsonValue fault(Question question, String code, String message) {
        errors.add(new AnswerError(question.id(), code, message));
        return null;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> value instanceof JsonString text ? text.getString() : String.valueOf(value)).toList();
    }

    private static JsonArrayBuilder array(Iterable<String> values) {
        JsonArrayBuilder array = Questionnaire.JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
