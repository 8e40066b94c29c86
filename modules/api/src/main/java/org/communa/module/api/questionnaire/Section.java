package org.communa.module.api.questionnaire;

import java.util.List;

/** A titled group of questions, shown together. */
public record Section(String id, String title, String description, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
