package org.communa.modules.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.questionnaire.AnswerForms;
import org.communa.module.api.questionnaire.CheckedAnswers;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * A meeting's registration form: the SDK's questionnaire, the same builder and checks as surveys. People
 * answer it when they register (the API's {"answers": {...}}, or the page's fields).
 */
final class RegistrationForm {

    private RegistrationForm() {
    }

    static Optional<Questionnaire> of(Row meeting) {
        String json = meeting.string("registration_form");
        return json == null ? Optional.empty() : Optional.of(Questionnaire.parse(Meetings.object(json)));
    }

    /** The registering person's answers, checked; valid and empty when the meeting has no form. */
    static CheckedAnswers check(ModuleRequest request, Row meeting) {
        Optional<Questionnaire> form = of(meeting);
        if (form.isEmpty()) {
            return new CheckedAnswers(JsonValue.EMPTY_JSON_OBJECT, java.util.List.of());
        }
        JsonObject given;
        if (request.wantsPage()) {
            given = AnswerForms.fromForm(form.get(), request.form());
        } else {
            JsonObject body = request.body() == null || request.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : request.jsonObject();
            if (body.containsKey("answers") && !(body.get("answers") instanceof JsonObject)) {
                throw ModuleProblem.badRequest("answers must be an object keyed by question id");
            }
            given = body.containsKey("answers") ? body.getJsonObject("answers") : JsonValue.EMPTY_JSON_OBJECT;
        }
        return form.get().check(given);
    }
}
