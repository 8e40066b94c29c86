package org.communa.module.api.questionnaire;

import java.util.List;

/**
 * One question. Which fields matter depends on the type: {@code choices} for choice questions, rankings
 * and a matrix's columns; {@code rows} for a matrix; {@code other} (a free "other" answer) for choice
 * questions; {@code maxChoices} for multiple choice (0: no limit); {@code min}/{@code max} and their labels
 * for a scale; {@code maxLength} for text.
 */
public record Question(String id, QuestionType type, String text, String help, boolean required, List<Choice> choices,
        List<Choice> rows, boolean other, int maxChoices, int min, int max, String minLabel, String maxLabel, int maxLength,
        Condition showIf) {

    public Question {
        choices = List.copyOf(choices);
        rows = List.copyOf(rows);
    }

    public boolean hasChoice(String choiceId) {
        return choices.stream().anyMatch(choice -> choice.id().equals(choiceId));
    }

    public boolean hasRow(String rowId) {
        return rows.stream().anyMatch(row -> row.id().equals(rowId));
    }

    /** The label of a choice, "other" text aside; the id itself when the choice is unknown (an old answer). */
    public String choiceLabel(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).map(Choice::label).findFirst().orElse(choiceId);
    }
}
