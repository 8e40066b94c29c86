package org.communa.module.api.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of questions, with their names in JSON ("single_choice"...). */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, MATRIX_SINGLE, MATRIX_MULTIPLE, RANKING, SCALE,
    /** A file the person uploaded through the host's attachments; the answer is the attachment's id. @since 1.4 */
    FILE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<QuestionType> fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }

    /** Whether people pick among the question's choices (and a condition may test what they picked). */
    public boolean choosing() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean matrix() {
        return this == MATRIX_SINGLE || this == MATRIX_MULTIPLE;
    }

    public boolean text() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** Whether the question lists choices (a matrix's choices are its columns). */
    public boolean hasChoices() {
        return choosing() || matrix() || this == RANKING;
    }
}
