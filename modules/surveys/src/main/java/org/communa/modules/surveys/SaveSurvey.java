package org.communa.modules.surveys;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Scopes;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * An admin creates (POST admin/surveys) or changes (PUT, or the page's POST, admin/surveys/{id}) a survey:
 * title, description, questionnaire, anonymous or identified answers, whether answers may change until it
 * closes, whether results are public once closed, and when it closes by itself. Once people have answered,
 * neither the questions nor the anonymity change: answers keep the meaning and the promise they were given with.
 */
final class SaveSurvey implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        if (!request.wantsPage()) {
            return save(request, request.jsonObject());
        }
        try {
            JsonObject saved = Surveys.object(save(request, asJson(request.form(), request.services().timeZone())).body());
            return ModuleResponse.redirect("admin/surveys/" + saved.getString("id"));
        } catch (ModuleProblem refused) {
            return request.pathParameter("id") == null ? AdminPage.page(request, refused) : BuilderPage.page(request, refused);
        }
    }

    static ModuleResponse save(ModuleRequest request, JsonObject json) {
        String title = text(json, "title", 3, 150, true);
        String description = text(json, "description", 0, 10_000, false);
        Questionnaire questionnaire = json.get("questionnaire") instanceof JsonObject given ? Questionnaire.parse(given) : null;
        if (json.containsKey("questionnaire") && questionnaire == null && json.get("questionnaire") != JsonValue.NULL) {
            throw ModuleProblem.badRequest("questionnaire must be an object with its sections or questions");
        }
        boolean anonymous = json.getBoolean("anonymous", false);
        boolean editable = json.getBoolean("editable", false);
        if (anonymous && editable) {
            throw ModuleProblem.badRequest("anonymous answers cannot be changed later: nothing links an answer to its author; choose one");
        }
        boolean resultsPublic = json.getBoolean("resultsPublic", true);
        OffsetDateTime closesAt = closesAt(json);
        UUID scope = scope(json);
        boolean creating = request.pathParameter("id") == null;
        return request.data().write(sql -> {
            if (scope != null && !Scopes.exists(sql, scope)) {
                throw ModuleProblem.badRequest("no scope " + scope + " in this organisation");
            }
            UUID id;
            if (creating) {
                id = UUID.randomUUID();
                Surveys.refuseFilesIfAnonymous(java.util.Optional.ofNullable(questionnaire), anonymous);
                sql.update("insert into surveys_surveys (id, component_id, title, description, questionnaire, anonymous, editable, results_public, "
                        + "closes_at, scope_id) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)", id, request.componentId(), title, description,
                        questionnaire == null ? null : questionnaire.toJson().toString(), anonymous, editable, resultsPublic, closesAt, scope);
            } else {
                Row survey = Surveys.survey(sql, request);
                id = survey.uuid("id");
                sql.query("select id from surveys_surveys where id = ? for update", id);
                Surveys.refuseFilesIfAnonymous(questionnaire != null ? java.util.Optional.of(questionnaire) : Surveys.questionnaire(survey), anonymous);
                boolean answered = sql.first("select 1 from surveys_answers where survey_id = ? limit 1", id).isPresent();
                boolean questionsChange = questionnaire != null && !questionnaire.equals(Surveys.questionnaire(survey).orElse(null));
                if (answered && (questionsChange || anonymous != Boolean.TRUE.equals(survey.bool("anonymous")))) {
                    throw ModuleProblem.conflict("people have answered this survey: its questions and its anonymity stay as they were answered");
                }
                sql.update("update surveys_surveys set title = ?, description = ?, questionnaire = coalesce(?::jsonb, questionnaire), anonymous = ?, "
                        + "editable = ?, results_public = ?, closes_at = ?, scope_id = ?, updated_at = now() where id = ?", title, description,
                        questionnaire == null ? null : questionnaire.toJson().toString(), anonymous, editable, resultsPublic, closesAt, scope, id);
                request.services().federate(SurveysModule.SURVEY, id.toString());
            }
            sql.recordAction(creating ? "create" : "update", SurveysModule.SURVEY, id.toString());
            SurveyIndex.index(request.services().participation().search(), sql, request.componentId(), id);
            return ModuleResponse.json(creating ? 201 : 200, Surveys.json(Surveys.find(sql, request.componentId(), id).orElseThrow()).build().toString());
        });
    }

    /** The page's form as the API's JSON; the closing time is typed in the organisation's time zone. */
    static JsonObject asJson(Map<String, String> form, ZoneId zone) {
        JsonObjectBuilder json = Surveys.JSON.createObjectBuilder().add("title", form.getOrDefault("title", ""))
                .add("description", form.getOrDefault("description", "")).add("anonymous", form.containsKey("anonymous"))
                .add("editable", form.containsKey("editable")).add("resultsPublic", form.containsKey("resultsPublic"));
        if (!form.getOrDefault("scopeId", "").isBlank()) {
            json.add("scopeId", form.get("scopeId").strip());
        }
        String closes = form.getOrDefault("closesAt", "").strip();
        if (!closes.isEmpty()) {
            try {
                json.add("closesAt", LocalDateTime.parse(closes).atZone(zone).toOffsetDateTime().toString());
            } catch (DateTimeParseException e) {
                throw ModuleProblem.badRequest("closesAt must be a date and time, got: " + closes);
            }
        }
        return json.build();
    }

    private static UUID scope(JsonObject json) {
        String text = text(json, "scopeId", 0, 36, false);
        try {
            return text == null || text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest("scopeId must be a scope's id, got: " + text);
        }
    }

    private static OffsetDateTime closesAt(JsonObject json) {
        String text = text(json, "closesAt", 10, 40, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ModuleProblem.badRequest("closesAt must be a date and time with its offset, e.g. 2026-12-20T18:00:00+01:00, got: " + text);
        }
    }

    private static String text(JsonObject json, String name, int min, int max, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw ModuleProblem.badRequest(name + " is required");
            }
            return min == 0 ? "" : null;
        }
        if (!(value instanceof JsonString string)) {
            throw ModuleProblem.badRequest(name + " must be text");
        }
        String text = string.getString().strip();
        if (text.isEmpty() && !required) {
            return min == 0 ? "" : null;
        }
        if (text.length() < min || text.length() > max) {
            throw ModuleProblem.badRequest(name + " must have " + min + " to " + max + " characters");
        }
        return text;
    }
}
