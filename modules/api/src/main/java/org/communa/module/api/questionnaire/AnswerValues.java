package org.communa.module.api.questionnaire;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Reading one normalised answer: what it picked, its "other" text, its rows. */
public final class AnswerValues {

    private AnswerValues() {
    }

    /** The choice ids a choice answer picked ("other" included), or a scale's value as text; empty otherwise. */
    public static List<String> picked(Question question, JsonValue answer) {
        if (answer == null) {
            return List.of();
        }
        if (question.type() == QuestionType.SCALE && answer instanceof JsonNumber number) {
            return List.of(number.toString());
        }
        if (question.type().choosing() && answer instanceof JsonObject object && object.get("choices") instanceof JsonArray choices) {
            return strings(choices);
        }
        return List.of();
    }

    /** The free "other" text of a choice answer, or empty. */
    public static String other(JsonValue answer) {
        return answer instanceof JsonObject object && object.get("other") instanceof JsonString text ? text.getString() : "";
    }

    /** The ids of a ranking, best first; empty otherwise. */
    public static List<String> ranking(JsonValue answer) {
        return answer instanceof JsonArray array ? strings(array) : List.of();
    }

    /** The columns picked in one row of a matrix answer. */
    public static List<String> row(JsonValue answer, String rowId) {
        if (!(answer instanceof JsonObject object)) {
            return List.of();
        }
        JsonValue cell = object.get(rowId);
        return cell instanceof JsonString one ? List.of(one.getString()) : cell instanceof JsonArray many ? strings(many) : List.of();
    }

    /** The attachment id of a file answer, or empty. */
    public static String file(JsonValue answer) {
        return answer instanceof JsonString text ? text.getString() : "";
    }

    /** An answer as one line of text for exports: labels rather than ids, rows as "row: column". */
    public static String asText(Question question, JsonValue answer) {
        if (answer == null) {
            return "";
        }
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT -> answer instanceof JsonString text ? text.getString() : "";
            case SCALE -> answer.toString();
            // the address the host serves the organisation's attachments at
            case FILE -> file(answer).isEmpty() ? "" : "/attachments/" + file(answer);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(" | ", picked(question, answer).stream()
                    .map(id -> id.equals("other") ? "other: " + other(answer) : question.choiceLabel(id)).toList());
            case RANKING -> String.join(" > ", ranking(answer).stream().map(question::choiceLabel).toList());
            case MATRIX_SINGLE, MATRIX_MULTIPLE -> String.join(" | ", question.rows().stream().filter(row -> !row(answer, row.id()).isEmpty())
                    .map(row -> row.label() + ": " + String.join(", ", row(answer, row.id()).stream().map(question::choiceLabel).toList())).toList());
        };
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString()).toList();
    }
}
