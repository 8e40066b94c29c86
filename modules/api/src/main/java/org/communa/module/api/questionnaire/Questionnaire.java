package org.communa.module.api.questionnaire;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire: sections of questions. Immutable; read with {@link #parse}, written back with
 * {@link #toJson} (the same JSON, ids kept, so that stored answers keep their meaning).
 */
public record Questionnaire(List<Section> sections) {

    static final JsonProvider JSON = JsonProvider.provider();

    public Questionnaire {
        sections = List.copyOf(sections);
    }

    /** Reads and checks a questionnaire; a fault is a 400 {@link org.communa.module.api.ModuleProblem} naming where it is. */
    public static Questionnaire parse(JsonObject json) {
        return QuestionnaireReader.read(json);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /**
     * Checks answers (JSON keyed by question id) against the questions: what is kept is normalised (choices
     * as {"choices": [...], "other": "..."}), answers to questions hidden by their condition are dropped, and
     * every fault is listed, not only the first.
     */
    public CheckedAnswers check(JsonObject answers) {
        return new AnswerChecker(this).check(answers);
    }

    /** Whether the question is shown to someone who gave these (normalised) answers. */
    public boolean visible(Question question, JsonObject answers) {
        Condition condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Question target = question(condition.questionId()).orElse(null);
        if (target == null || !visible(target, answers)) {
            return false;
        }
        return AnswerValues.picked(target, answers.get(target.id())).stream().anyMatch(condition.anyOf()::contains);
    }

    /** The questions, answers and faults as the theme's partial "partials/questionnaire" reads them. */
    public List<Map<String, Object>> view(Map<String, String> formValues, List<AnswerError> errors) {
        return QuestionnaireView.of(this, formValues, errors);
    }

    public JsonObject toJson() {
        JsonArrayBuilder sectionsJson = JSON.createArrayBuilder();
        for (Section section : sections) {
            JsonArrayBuilder questionsJson = JSON.createArrayBuilder();
            section.questions().forEach(question -> questionsJson.add(json(question)));
            sectionsJson.add(JSON.createObjectBuilder().add("id", section.id()).add("title", section.title())
                    .add("description", section.description()).add("questions", questionsJson));
        }
        return JSON.createObjectBuilder().add("sections", sectionsJson).build();
    }

    private static JsonObject json(Question question) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", question.id()).add("type", question.type().wireName())
                .add("text", question.text()).add("required", question.required());
        if (!question.help().isEmpty()) {
            json.add("help", question.help());
        }
        if (question.type().hasChoices()) {
            json.add("choices", choices(question.choices()));
        }
        if (question.type().matrix()) {
            json.add("rows", choices(question.rows()));
        }
        if (question.type().choosing()) {
            json.add("other", question.other());
        }
        if (question.type() == QuestionType.MULTIPLE_CHOICE && question.maxChoices() > 0) {
            json.add("maxChoices", question.maxChoices());
        }
        if (question.type() == QuestionType.SCALE) {
            json.add("min", question.min()).add("max", question.max()).add("minLabel", question.minLabel()).add("maxLabel", question.maxLabel());
        }
        if (question.type().text()) {
            json.add("maxLength", question.maxLength());
        }
        if (question.showIf() != null) {
            JsonArrayBuilder anyOf = JSON.createArrayBuilder();
            question.showIf().anyOf().forEach(anyOf::add);
            json.add("showIf", JSON.createObjectBuilder().add("question", question.showIf().questionId()).add("anyOf", anyOf));
        }
        return json.build();
    }

    private static JsonArrayBuilder choices(List<Choice> choices) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        choices.forEach(choice -> json.add(JSON.createObjectBuilder().add("id", choice.id()).add("label", choice.label())));
        return json;
    }

    /** The empty answers object. */
    public static JsonObject noAnswers() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
