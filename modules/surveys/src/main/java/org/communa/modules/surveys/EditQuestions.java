package org.communa.modules.surveys;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * The builder's steps, for admins who do not write JSON: add a question (POST admin/surveys/{id}/questions,
 * to a section or a new one), remove one (.../questions/{question}/delete) or move it up (.../up). Each step
 * rewrites the questionnaire and checks it whole, so a removal that would orphan a condition is refused.
 */
final class EditQuestions implements RouteHandler {

    enum Step { ADD, DELETE, UP }

    private final Step step;

    EditQuestions(Step step) {
        this.step = step;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        try {
            ModuleResponse done = request.data().write(sql -> {
                Row survey = Surveys.survey(sql, request);
                if (sql.first("select 1 from surveys_answers where survey_id = ? limit 1", survey.uuid("id")).isPresent()) {
                    throw ModuleProblem.conflict("people have answered this survey: its questions stay as they were answered");
                }
                JsonObject current = Surveys.questionnaire(survey).map(Questionnaire::toJson)
                        .orElse(Surveys.JSON.createObjectBuilder().add("sections", JsonValue.EMPTY_JSON_ARRAY).build());
                JsonObject changed = switch (step) {
                    case ADD -> add(current, request.wantsPage() ? QuestionForm.asJson(request.form()) : request.jsonObject());
                    case DELETE -> eachSection(current, questions -> without(questions, request.pathParameter("question")));
                    case UP -> eachSection(current, questions -> up(questions, request.pathParameter("question")));
                };
                boolean empty = changed.getJsonArray("sections").stream().allMatch(s -> s.asJsonObject().getJsonArray("questions").isEmpty());
                String stored = empty ? null : Questionnaire.parse(changed).toJson().toString();
                if (empty && !"draft".equals(survey.string("state"))) {
                    throw ModuleProblem.conflict("an open or closed survey keeps at least one question");
                }
                sql.update("update surveys_surveys set questionnaire = ?::jsonb, updated_at = now() where id = ?", stored, survey.uuid("id"));
                sql.recordAction("edit_questions", SurveysModule.SURVEY, survey.uuid("id").toString());
                return ModuleResponse.json(200, Surveys.json(Surveys.find(sql, request.componentId(), survey.uuid("id")).orElseThrow())
                        .build().toString());
            });
            return request.wantsPage() ? ModuleResponse.redirect("admin/surveys/" + request.pathParameter("id")) : done;
        } catch (ModuleProblem refused) {
            if (!request.wantsPage()) {
                throw refused;
            }
            return BuilderPage.page(request, refused);
        }
    }

    /** Adds the question to the section it names ("section": an id), or to a new one ("sectionTitle"), or to the last. */
    private static JsonObject add(JsonObject questionnaire, JsonObject given) {
        List<JsonObject> sections = new ArrayList<>(questionnaire.getJsonArray("sections").getValuesAs(JsonObject.class));
        JsonObjectBuilder question = Surveys.JSON.createObjectBuilder(given).remove("section").remove("sectionTitle");
        if (!given.containsKey("id")) {
            question.add("id", "q" + (nextNumber(sections)));
        }
        String sectionId = given.getString("section", "");
        String newTitle = given.getString("sectionTitle", "").strip();
        int target = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).getString("id").equals(sectionId)) {
                target = i;
            }
        }
        if (target < 0 && (sections.isEmpty() || !newTitle.isEmpty())) {
            sections.add(Surveys.JSON.createObjectBuilder().add("id", "s" + (sections.size() + 1)).add("title", newTitle)
                    .add("description", "").add("questions", JsonValue.EMPTY_JSON_ARRAY).build());
            target = sections.size() - 1;
        } else if (target < 0) {
            target = sections.size() - 1;
        }
        JsonObject section = sections.get(target);
        sections.set(target, Surveys.JSON.createObjectBuilder(section)
                .add("questions", Surveys.JSON.createArrayBuilder(section.getJsonArray("questions")).add(question)).build());
        JsonArrayBuilder all = Surveys.JSON.createArrayBuilder();
        sections.forEach(all::add);
        return Surveys.JSON.createObjectBuilder().add("sections", all).build();
    }

    /** One more than the highest "qN" id, so that ids are never reused within a questionnaire. */
    private static int nextNumber(List<JsonObject> sections) {
        int highest = 0;
        for (JsonObject section : sections) {
            for (JsonObject question : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                String id = question.getString("id");
                if (id.matches("q\\d{1,6}")) {
                    highest = Math.max(highest, Integer.parseInt(id.substring(1)));
                }
            }
        }
        return highest + 1;
    }

    private static JsonObject eachSection(JsonObject questionnaire, UnaryOperator<List<JsonObject>> change) {
        JsonArrayBuilder sections = Surveys.JSON.createArrayBuilder();
        boolean found = false;
        for (JsonObject section : questionnaire.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            List<JsonObject> questions = section.getJsonArray("questions").getValuesAs(JsonObject.class);
            List<JsonObject> changed = change.apply(new ArrayList<>(questions));
            found |= !changed.equals(questions);
            JsonArrayBuilder kept = Surveys.JSON.createArrayBuilder();
            changed.forEach(kept::add);
            sections.add(Surveys.JSON.createObjectBuilder(section).add("questions", kept));
        }
        if (!found) {
            throw ModuleProblem.notFound("no question to change here (it may be first already)");
        }
        return Surveys.JSON.createObjectBuilder().add("sections", sections).build();
    }

    private static List<JsonObject> without(List<JsonObject> questions, String id) {
        questions.removeIf(question -> question.getString("id").equals(id));
        return questions;
    }

    private static List<JsonObject> up(List<JsonObject> questions, String id) {
        for (int i = 1; i < questions.size(); i++) {
            if (questions.get(i).getString("id").equals(id)) {
                questions.add(i - 1, questions.remove(i));
                break;
            }
        }
        return questions;
    }
}
