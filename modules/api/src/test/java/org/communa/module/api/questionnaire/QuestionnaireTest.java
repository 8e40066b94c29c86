package org.communa.module.api.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.ModuleProblem;
import org.junit.jupiter.api.Test;

/** The questionnaire builder's checks and the answers it accepts, refuses and keeps. */
class QuestionnaireTest {

    static final String CAMPUS_SURVEY = """
            {"sections": [
              {"id": "vous", "title": "Vous", "questions": [
                {"id": "statut", "type": "single_choice", "text": "Vous êtes", "required": true, "other": true,
                 "choices": [{"id": "etudiant", "label": "Étudiant·e"}, {"id": "personnel", "label": "Personnel"}]},
                {"id": "campus", "type": "single_choice", "text": "Votre campus", "required": true,
                 "choices": ["Nantes", "Saint-Nazaire", "La Roche-sur-Yon"], "showIf": {"question": "statut", "anyOf": ["etudiant"]}}
              ]},
              {"id": "avis", "title": "Votre avis", "questions": [
                {"id": "themes", "type": "multiple_choice", "text": "Thèmes prioritaires", "maxChoices": 2,
                 "choices": ["Logement", "Transports", "Restauration"]},
                {"id": "satisfaction", "type": "scale", "text": "Satisfaction", "min": 1, "max": 5, "minLabel": "Pas du tout", "maxLabel": "Tout à fait"},
                {"id": "services", "type": "matrix_single", "text": "Les services", "required": true,
                 "rows": ["Bibliothèque", "Sport"], "choices": ["Bien", "Moyen", "Mal"]},
                {"id": "ordre", "type": "ranking", "text": "Classez", "choices": ["A", "B", "C"]},
                {"id": "idee", "type": "long_text", "text": "Une idée ?", "maxLength": 20}
              ]}
            ]}""";

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Questionnaire survey() {
        return Questionnaire.parse(json(CAMPUS_SURVEY));
    }

    static void refused(String questionnaire, String detail) {
        assertThatThrownBy(() -> Questionnaire.parse(json(questionnaire))).isInstanceOf(ModuleProblem.class)
                .satisfies(problem -> assertThat(((ModuleProblem) problem).status()).isEqualTo(400)).hasMessageContaining(detail);
    }

    @Test
    void readsSectionsQuestionsAndNumbersBareChoices() {
        Questionnaire survey = survey();
        assertThat(survey.sections()).extracting(Section::id).containsExactly("vous", "avis");
        assertThat(survey.questions()).hasSize(7);
        assertThat(survey.question("campus").orElseThrow().choices()).extracting(Choice::id).containsExactly("c1", "c2", "c3");
        assertThat(survey.question("idee").orElseThrow().maxLength()).isEqualTo(20);
        assertThat(Questionnaire.parse(survey.toJson())).isEqualTo(survey);
        assertThat(Questionnaire.parse(json("{\"questions\": [{\"id\": \"q\", \"type\": \"short_text\", \"text\": \"Nom\"}]}")).questions()).hasSize(1);
    }

    @Test
    void refusesQuestionnairesThatCannotBeAnsweredOrAreAmbiguous() {
        refused("{\"questions\": []}", "at least one question");
        refused("{\"questions\": [{\"id\": \"q\", \"type\": \"essay\", \"text\": \"x\"}]}", "questions[0].type: unknown type essay");
        refused("{\"questions\": [{\"id\": \"q\", \"type\": \"short_text\", \"text\": \"x\"}, {\"id\": \"q\", \"type\": \"long_text\", \"text\": \"y\"}]}",
                "questions[1].id: the id q is used twice");
        refused("{\"questions\": [{\"id\": \"q\", \"type\": \"single_choice\", \"text\": \"x\", \"choices\": [\"seul\"]}]}", "give 2 to 100 choices");
        refused("{\"questions\": [{\"id\": \"q\", \"type\": \"single_choice\", \"text\": \"x\", \"choices\": [{\"id\": \"other\", \"label\": \"a\"}, \"b\"]}]}",
                "kept for the free answer");
        refused("{\"questions\": [{\"id\": \"Q 1\", \"type\": \"short_text\", \"text\": \"x\"}]}", "lower-case letters");
        refused("{\"questions\": [{\"id\": \"a\", \"type\": \"short_text\", \"text\": \"x\", \"showIf\": {\"question\": \"b\", \"anyOf\": [\"c1\"]}},"
                + "{\"id\": \"b\", \"type\": \"single_choice\", \"text\": \"y\", \"choices\": [\"1\", \"2\"]}]}", "earlier question");
        refused("{\"questions\": [{\"id\": \"a\", \"type\": \"single_choice\", \"text\": \"x\", \"choices\": [\"1\", \"2\"]},"
                + "{\"id\": \"b\", \"type\": \"short_text\", \"text\": \"y\", \"showIf\": {\"question\": \"a\", \"anyOf\": [\"c9\"]}}]}", "a has no answer c9");
        refused("{\"questions\": [{\"id\": \"a\", \"type\": \"scale\", \"text\": \"x\", \"min\": 5, \"max\": 3}]}", "max: must be a whole number from 6");
        refused("{\"questions\": [{\"id\": \"a\", \"type\": \"short_text\"}]}", "questions[0].text: is required");
    }

    @Test
    void acceptsCompleteAnswersAndKeepsThemNormalised() {
        CheckedAnswers checked = survey().check(json("""
                {"statut": "etudiant", "campus": "c2", "themes": ["c1", "c3"], "satisfaction": "4",
                 "services": {"c1": "c1", "c2": "c3"}, "ordre": ["c2", "c1", "c3"], "idee": "  Plus de vélos  "}"""));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.answers().toString()).isEqualTo("{\"statut\":{\"choices\":[\"etudiant\"]},\"campus\":{\"choices\":[\"c2\"]},"
                + "\"themes\":{\"choices\":[\"c1\",\"c3\"]},\"satisfaction\":4,\"services\":{\"c1\":\"c1\",\"c2\":\"c3\"},"
                + "\"ordre\":[\"c2\",\"c1\",\"c3\"],\"idee\":\"Plus de vélos\"}");
    }

    @Test
    void aQuestionHiddenByAnEarlierAnswerIsNeitherRequiredNorKept() {
        CheckedAnswers staff = survey().check(json("{\"statut\": \"personnel\", \"campus\": \"c1\", \"services\": {\"c1\": \"c1\", \"c2\": \"c1\"}}"));
        assertThat(staff.errors()).isEmpty();
        assertThat(staff.answers().containsKey("campus")).isFalse();
        CheckedAnswers student = survey().check(json("{\"statut\": \"etudiant\", \"services\": {\"c1\": \"c1\", \"c2\": \"c1\"}}"));
        assertThat(student.errors()).extracting(AnswerError::questionId, AnswerError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("campus", "required"));
        CheckedAnswers other = survey().check(json("{\"statut\": {\"other\": \"Visiteur\"}, \"services\": {\"c1\": \"c1\", \"c2\": \"c1\"}}"));
        assertThat(other.answers().getJsonObject("statut").toString()).isEqualTo("{\"choices\":[\"other\"],\"other\":\"Visiteur\"}");
    }

    @Test
    void listsEveryFaultWithACodePagesTranslate() {
        CheckedAnswers checked = survey().check(json("""
                {"statut": ["etudiant", "personnel"], "themes": ["c1", "c2", "c3"], "satisfaction": 9,
                 "services": {"c1": "c1"}, "ordre": ["c1", "c1", "c2"], "idee": "bien trop long pour vingt", "inconnue": "x"}"""));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).extracting(AnswerError::questionId, AnswerError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("statut", "one_choice"), org.assertj.core.groups.Tuple.tuple("themes", "too_many"),
                org.assertj.core.groups.Tuple.tuple("satisfaction", "out_of_range"), org.assertj.core.groups.Tuple.tuple("services", "every_row"),
                org.assertj.core.groups.Tuple.tuple("ordre", "rank_all"), org.assertj.core.groups.Tuple.tuple("idee", "too_long"),
                org.assertj.core.groups.Tuple.tuple("inconnue", "invalid"));
        assertThat(checked.detail()).contains("statut: takes one choice").contains("satisfaction: must be from 1 to 5");
        assertThat(survey().check(json("{\"statut\": \"nobody\"}")).errors().get(0).message()).isEqualTo("has no choice nobody");
        assertThat(survey().check(json("{\"statut\": \"other\"}")).errors().get(0).code()).isEqualTo("other_empty");
    }

    @Test
    void formFieldsGiveTheSameAnswersBothWays() {
        Questionnaire survey = survey();
        Map<String, String> form = new HashMap<>(Map.of("q.statut", "etudiant", "q.campus", "c3", "q.themes.c2", "on", "q.satisfaction", "5",
                "q.services.c1", "c2", "q.services.c2", "c1", "q.ordre.c1", "3", "q.ordre.c2", "1", "q.ordre.c3", "2"));
        form.put("q.idee", "Un jardin");
        JsonObject answers = survey.check(AnswerForms.fromForm(survey, form)).answers();
        assertThat(survey.check(AnswerForms.fromForm(survey, form)).errors()).isEmpty();
        assertThat(answers.getJsonArray("ordre").toString()).isEqualTo("[\"c2\",\"c3\",\"c1\"]");
        assertThat(AnswerForms.toForm(survey, answers)).isEqualTo(form);
        form.put("q.ordre.c3", "1");
        assertThat(survey.check(AnswerForms.fromForm(survey, form)).errors()).extracting(AnswerError::code).containsExactly("rank_all");
        Map<String, String> other = Map.of("q.statut", "other", "q.statut.other", "Retraité", "q.services.c1", "c1", "q.services.c2", "c1");
        assertThat(survey.check(AnswerForms.fromForm(survey, other)).answers().getJsonObject("statut").getString("other")).isEqualTo("Retraité");
    }

    @Test
    void theViewNamesFieldsTicksAndFaults() {
        Questionnaire survey = survey();
        List<AnswerError> errors = survey.check(json("{\"statut\": \"etudiant\"}")).errors();
        List<Map<String, Object>> view = survey.view(Map.of("q.statut", "etudiant"), errors);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> first = (List<Map<String, Object>>) view.get(0).get("questions");
        assertThat(first.get(0).get("choices").toString()).contains("checked=true");
        assertThat(first.get(1).get("condition")).isEqualTo(Map.of("question", "Vous êtes", "answers", "Étudiant·e"));
        assertThat(first.get(1).get("error").toString()).contains("required");
        assertThat(AnswerValues.asText(survey.question("services").orElseThrow(), json("{\"c1\": \"c2\"}")))
                .isEqualTo("Bibliothèque: Moyen");
    }

    @Test
    void theBuilderAddsMovesAndRemovesQuestionsAndKeepsIdsUnique() {
        JsonObject one = QuestionnaireBuilder.add(QuestionnaireBuilder.empty(), QuestionnaireBuilder.questionFromForm(Map.of("type", "single_choice",
                "text", "Vous venez", "choices", "À pied\n\nÀ vélo\r\nEn bus", "required", "on", "sectionTitle", "Trajets")));
        JsonObject two = QuestionnaireBuilder.add(one, QuestionnaireBuilder.questionFromForm(Map.of("type", "short_text", "text", "Quelle ligne ?",
                "showIf", "q1:c3", "section", "s1")));
        JsonObject three = QuestionnaireBuilder.add(two, QuestionnaireBuilder.questionFromForm(Map.of("type", "scale", "text", "Note", "min", "0",
                "max", "10", "sectionTitle", "Avis")));
        Questionnaire built = Questionnaire.parse(three);
        assertThat(built.sections()).extracting(Section::title).containsExactly("Trajets", "Avis");
        assertThat(built.questions()).extracting(Question::id).containsExactly("q1", "q2", "q3");
        assertThat(built.question("q1").orElseThrow().choices()).extracting(Choice::label).containsExactly("À pied", "À vélo", "En bus");
        assertThat(built.question("q2").orElseThrow().showIf()).isEqualTo(new Condition("q1", List.of("c3")));
        assertThatThrownBy(() -> QuestionnaireBuilder.moveUp(three, "q3")).as("the first of its section stays first").hasMessageContaining("no question");
        // moving q2 above the question it depends on: the whole check refuses it
        assertThatThrownBy(() -> Questionnaire.parse(QuestionnaireBuilder.moveUp(three, "q2"))).hasMessageContaining("earlier question");
        assertThatThrownBy(() -> QuestionnaireBuilder.moveUp(three, "q1")).hasMessageContaining("no question to change");
        JsonObject without = QuestionnaireBuilder.remove(QuestionnaireBuilder.remove(three, "q2"), "q1");
        assertThat(Questionnaire.parse(QuestionnaireBuilder.add(without, Json.createObjectBuilder().add("type", "long_text").add("text", "Idée")
                .add("section", "s2").build())).questions()).extracting(Question::id).as("ids are never reused").containsExactly("q3", "q4");
        assertThat(QuestionnaireBuilder.checked(QuestionnaireBuilder.remove(without, "q3"))).isNull();
        assertThatThrownBy(() -> QuestionnaireBuilder.questionFromForm(Map.of("type", "scale", "text", "x", "min", "un")))
                .hasMessageContaining("min must be a whole number");
        assertThat(QuestionnaireBuilder.model(built).get("conditions").toString()).contains("value=q1:c3");
    }

    @Test
    void aFileAnswerIsAnAttachmentIdAndTravelsThroughForms() {
        Questionnaire form = Questionnaire.parse(json("{\"questions\": [{\"id\": \"plan\", \"type\": \"file\", \"text\": \"Un plan\", \"required\": true}]}"));
        String id = "0b7e5a52-8a1e-4c7a-9f55-3c1e0e8d2f11";
        assertThat(form.check(json("{\"plan\": \"" + id + "\"}")).answers().getString("plan")).isEqualTo(id);
        assertThat(form.check(json("{\"plan\": \"../../etc/passwd\"}")).errors()).extracting(AnswerError::code).containsExactly("invalid");
        assertThat(form.check(json("{}")).errors()).extracting(AnswerError::code).containsExactly("required");
        assertThat(AnswerForms.fromForm(form, Map.of("q.plan", id)).getString("plan")).isEqualTo(id);
        assertThat(AnswerForms.toForm(form, json("{\"plan\": \"" + id + "\"}"))).isEqualTo(Map.of("q.plan", id));
        assertThat(AnswerValues.asText(form.questions().get(0), json("{\"plan\": \"" + id + "\"}").get("plan"))).isEqualTo("/attachments/" + id);
    }
}
