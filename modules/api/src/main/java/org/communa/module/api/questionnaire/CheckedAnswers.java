package org.communa.module.api.questionnaire;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** Answers as kept (normalised, hidden questions left out) and the faults found; store them only when {@link #valid()}. */
public record CheckedAnswers(JsonObject answers, List<AnswerError> errors) {

    public CheckedAnswers {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The faults in one line for an API problem's detail: "q1: is required; q3: ...". */
    public String detail() {
        return errors.stream().map(AnswerError::toString).collect(Collectors.joining("; "));
    }
}
