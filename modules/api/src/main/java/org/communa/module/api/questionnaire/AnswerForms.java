package org.communa.module.api.questionnaire;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as the fields of an HTML form and back, so that pages work without script: "q.ID" for a text,
 * a scale or a single choice, "q.ID.other" for the "other" text, "q.ID.CHOICE" for a ticked box or a
 * ranking position, "q.ID.ROW" for a matrix row's column (and "q.ID.ROW.COLUMN" when a row takes several).
 */
public final class AnswerForms {

    private AnswerForms() {
    }

    /** The answers a posted form holds, for {@link Questionnaire#check}. */
    public static JsonObject fromForm(Questionnaire questionnaire, Map<String, String> form) {
        JsonObjectBuilder answers = Questionnaire.JSON.createObjectBuilder();
        for (Question question : questionnaire.questions()) {
            String field = "q." + question.id();
            String value = form.getOrDefault(field, "").strip();
            String other = form.getOrDefault(field + ".other", "").strip();
            switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT, SCALE, FILE -> {
                    if (!value.isEmpty()) {
                        answers.add(question.id(), value);
                    }
                }
                case SINGLE_CHOICE -> {
                    List<String> picked = value.isEmpty() || value.equals("other") ? List.of() : List.of(value);
                    add(answers, question, picked, picked.isEmpty() ? other : "");
                }
                case MULTIPLE_CHOICE -> add(answers, question,
                        question.choices().stream().map(Choice::id).filter(id -> form.containsKey(field + "." + id)).toList(), other);
                case MATRIX_SINGLE, MATRIX_MULTIPLE -> matrix(answers, question, form, field);
                case RANKING -> ranking(answers, question, form, field);
            }
        }
        return answers.build();
    }

    /** The form fields that show these answers again (editing an answer, or a form refused for one fault). */
    public static Map<String, String> toForm(Questionnaire questionnaire, JsonObject answers) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            JsonValue answer = answers.get(question.id());
            String field = "q." + question.id();
            if (answer == null) {
                continue;
            }
            switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT -> form.put(field, AnswerValues.asText(question, answer));
                case SCALE -> form.put(field, answer.toString());
                case FILE -> form.put(field, AnswerValues.file(answer));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (String id : AnswerValues.picked(question, answer)) {
                        form.put(question.type() == QuestionType.SINGLE_CHOICE ? field : field + "." + id,
                                question.type() == QuestionType.SINGLE_CHOICE ? id : "on");
                    }
                    if (!AnswerValues.other(answer).isEmpty()) {
                        form.put(field + ".other", AnswerValues.other(answer));
                    }
                }
                case MATRIX_SINGLE -> question.rows().forEach(row -> AnswerValues.row(answer, row.id())
                        .forEach(column -> form.put(field + "." + row.id(), column)));
                case MATRIX_MULTIPLE -> question.rows().forEach(row -> AnswerValues.row(answer, row.id())
                        .forEach(column -> form.put(field + "." + row.id() + "." + column, "on")));
                case RANKING -> {
                    List<String> order = AnswerValues.ranking(answer);
                    for (int i = 0; i < order.size(); i++) {
                        form.put(field + "." + order.get(i), String.valueOf(i + 1));
                    }
                }
            }
        }
        return form;
    }

    private static void add(JsonObjectBuilder answers, Question question, List<String> picked, String other) {
        if (picked.isEmpty() && other.isEmpty()) {
            return;
        }
        JsonArrayBuilder choices = Questionnaire.JSON.createArrayBuilder();
        picked.forEach(choices::add);
        JsonObjectBuilder answer = Questionnaire.JSON.createObjectBuilder().add("choices", choices);
        answers.add(question.id(), other.isEmpty() ? answer : answer.add("other", other));
    }

    private static void matrix(JsonObjectBuilder answers, Question question, Map<String, String> form, String field) {
        JsonObjectBuilder rows = Questionnaire.JSON.createObjectBuilder();
        boolean any = false;
        for (Choice row : question.rows()) {
            if (question.type() == QuestionType.MATRIX_SINGLE) {
                String column = form.getOrDefault(field + "." + row.id(), "").strip();
                if (!column.isEmpty()) {
                    rows.add(row.id(), column);
                    any = true;
                }
            } else {
                JsonArrayBuilder columns = Questionnaire.JSON.createArrayBuilder();
                boolean ticked = false;
                for (Choice column : question.choices()) {
                    if (form.containsKey(field + "." + row.id() + "." + column.id())) {
                        columns.add(column.id());
                        ticked = true;
                    }
                }
                if (ticked) {
                    rows.add(row.id(), columns);
                    any = true;
                }
            }
        }
        if (any) {
            answers.add(question.id(), rows);
        }
    }

    /** Positions typed or chosen per choice; a choice left without a position makes the ranking incomplete. */
    private static void ranking(JsonObjectBuilder answers, Question question, Map<String, String> form, String field) {
        List<Map.Entry<String, Integer>> positions = new ArrayList<>();
        for (Choice choice : question.choices()) {
            String position = form.getOrDefault(field + "." + choice.id(), "").strip();
            if (position.matches("\\d{1,3}")) {
                positions.add(Map.entry(choice.id(), Integer.parseInt(position)));
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        positions.sort(Comparator.comparing(Map.Entry::getValue));
        JsonArrayBuilder order = Questionnaire.JSON.createArrayBuilder();
        positions.forEach(entry -> order.add(entry.getKey()));
        boolean distinct = positions.stream().map(Map.Entry::getValue).distinct().count() == positions.size();
        // two choices at the same place cannot be ordered: send an incomplete ranking so that the checker says so
        answers.add(question.id(), distinct ? order.build() : JsonValue.EMPTY_JSON_ARRAY);
    }
}
