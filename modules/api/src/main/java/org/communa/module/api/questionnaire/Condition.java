package org.communa.module.api.questionnaire;

import java.util.List;

/**
 * A question is shown only when an earlier choice question was answered with one of these choices (or,
 * for a scale, one of these values): "Which campus?" only to those who said they study.
 */
public record Condition(String questionId, List<String> anyOf) {

    public Condition {
        anyOf = List.copyOf(anyOf);
    }
}
