package org.communa.module.api.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The model of the theme's partial "partials/questionnaire": sections, then questions with their form
 * field names, what is filled or ticked, the fault to show next to each, and the condition in words.
 */
final class QuestionnaireView {

    private QuestionnaireView() {
    }

    static List<Map<String, Object>> of(Questionnaire questionnaire, Map<String, String> values, List<AnswerError> errors) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            List<Map<String, Object>> questions = new ArrayList<>();
            for (Question question : section.questions()) {
                questions.add(question(questionnaire, question, values, errors));
            }
            sections.add(Map.of("id", section.id(), "title", section.title(), "description", section.description(), "questions", questions));
        }
        return sections;
    }

    private static Map<String, Object> question(Questionnaire questionnaire, Question question, Map<String, String> values, List<AnswerError> errors) {
        String field = "q." + question.id();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", question.id());
        view.put("type", question.type().wireName());
        view.put("text", question.text());
        view.put("help", question.help());
        view.put("required", question.required());
        view.put("field", field);
        view.put("value", values.getOrDefault(field, ""));
        view.put("other", question.other());
        view.put("otherValue", values.getOrDefault(field + ".other", ""));
        view.put("otherPicked", "other".equals(values.get(field)) || !values.getOrDefault(field + ".other", "").isEmpty());
        view.put("maxLength", question.maxLength());
        view.put("maxChoices", question.maxChoices());
        view.put("choices", question.choices().stream().map(choice -> choice(choice, field, values,
                question.type() == QuestionType.SINGLE_CHOICE ? choice.id().equals(values.get(field)) : values.containsKey(field + "." + choice.id()))).toList());
        view.put("rows", question.rows().stream().map(row -> row(question, row, field, values)).toList());
        view.put("positions", IntStream.rangeClosed(1, question.choices().size()).boxed().toList());
        if (question.type() == QuestionType.SCALE) {
            view.put("scale", IntStream.rangeClosed(question.min(), question.max()).mapToObj(String::valueOf).toList());
            view.put("minLabel", question.minLabel());
            view.put("maxLabel", question.maxLabel());
        }
        if (question.showIf() != null) {
            Question target = questionnaire.question(question.showIf().questionId()).orElseThrow();
            view.put("condition", Map.of("question", target.text(),
                    "answers", String.join(", ", question.showIf().anyOf().stream().map(target::choiceLabel).toList())));
        }
        errors.stream().filter(error -> error.questionId().equals(question.id())).findFirst()
                .ifPresent(error -> view.put("error", Map.of("code", error.code(), "message", error.message())));
        return view;
    }

    private static Map<String, Object> choice(Choice choice, String field, Map<String, String> values, boolean checked) {
        return Map.of("id", choice.id(), "label", choice.label(), "field", field + "." + choice.id(), "checked", checked,
                "position", values.getOrDefault(field + "." + choice.id(), ""));
    }

    private static Map<String, Object> row(Question question, Choice row, String field, Map<String, String> values) {
        String rowField = field + "." + row.id();
        List<Map<String, Object>> cells = question.choices().stream().map(column -> Map.<String, Object>of("id", column.id(), "label", column.label(),
                "field", question.type() == QuestionType.MATRIX_SINGLE ? rowField : rowField + "." + column.id(),
                "checked", question.type() == QuestionType.MATRIX_SINGLE ? column.id().equals(values.get(rowField)) : values.containsKey(rowField + "." + column.id())))
                .toList();
        return Map.of("id", row.id(), "label", row.label(), "field", rowField, "cells", cells);
    }
}
