package org.communa.module.api.questionnaire;

/**
 * Why one answer is refused: the question, a code pages translate ("required", "too_long", "unknown_choice",
 * "too_many", "one_choice", "out_of_range", "every_row", "rank_all", "invalid") and the same in English for the API.
 */
public record AnswerError(String questionId, String code, String message) {

    @Override
    public String toString() {
        return questionId + ": " + message;
    }
}
