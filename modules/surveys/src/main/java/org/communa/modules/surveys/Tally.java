package org.communa.modules.surveys;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.questionnaire.AnswerValues;
import org.communa.module.api.questionnaire.Choice;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.QuestionType;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * The results of a survey, question by question, from all its answers: how many picked each choice
 * (votes from the fediverse added for a poll), the counts per value of a scale and its mean, each matrix
 * row's columns, a ranking's Borda points (n-1 for a first place... 0 for the last) and mean place, and
 * the free texts.
 */
final class Tally {

    /** One question's figures. */
    record QuestionResult(Question question, int answered, Map<String, Long> counts, List<String> texts, Double mean,
            Map<String, Map<String, Long>> matrix, Map<String, Double> meanPlaces) {
    }

    private Tally() {
    }

    /** Counts answers, and remote votes per choice for the first question (a poll has only one). */
    static List<QuestionResult> of(Questionnaire questionnaire, List<JsonObject> answers, Map<String, Long> remoteVotes) {
        List<QuestionResult> results = new ArrayList<>();
        boolean first = true;
        for (Question question : questionnaire.questions()) {
            results.add(question(question, answers, first ? remoteVotes : Map.of()));
            first = false;
        }
        return results;
    }

    /** One question's figures, remote votes per choice added (a poll's). */
    static QuestionResult question(Question question, List<JsonObject> answers, Map<String, Long> remoteVotes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        Map<String, Double> meanPlaces = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        int answered = 0;
        long sum = 0;
        if (question.type().choosing()) {
            question.choices().forEach(choice -> counts.put(choice.id(), remoteVotes.getOrDefault(choice.id(), 0L)));
            if (question.other()) {
                counts.put("other", 0L);
            }
        } else if (question.type() == QuestionType.SCALE) {
            for (int value = question.min(); value <= question.max(); value++) {
                counts.put(String.valueOf(value), 0L);
            }
        } else if (question.type().matrix()) {
            question.rows().forEach(row -> {
                Map<String, Long> columns = new LinkedHashMap<>();
                question.choices().forEach(column -> columns.put(column.id(), 0L));
                matrix.put(row.id(), columns);
            });
        } else if (question.type() == QuestionType.RANKING) {
            question.choices().forEach(choice -> counts.put(choice.id(), 0L));
        }
        Map<String, Long> placeSums = new LinkedHashMap<>();
        for (JsonObject answer : answers) {
            var value = answer.get(question.id());
            if (value == null) {
                continue;
            }
            answered++;
            switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT -> texts.add(AnswerValues.asText(question, value));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    AnswerValues.picked(question, value).forEach(id -> counts.computeIfPresent(id, (k, n) -> n + 1));
                    if (!AnswerValues.other(value).isEmpty()) {
                        texts.add(AnswerValues.other(value));
                    }
                }
                case SCALE -> {
                    AnswerValues.picked(question, value).forEach(v -> counts.computeIfPresent(v, (k, n) -> n + 1));
                    sum += Long.parseLong(value.toString());
                }
                case MATRIX_SINGLE, MATRIX_MULTIPLE -> question.rows().forEach(row -> AnswerValues.row(value, row.id())
                        .forEach(column -> matrix.get(row.id()).computeIfPresent(column, (k, n) -> n + 1)));
                case RANKING -> {
                    List<String> order = AnswerValues.ranking(value);
                    for (int place = 0; place < order.size(); place++) {
                        int points = order.size() - 1 - place;
                        counts.computeIfPresent(order.get(place), (k, n) -> n + points);
                        placeSums.merge(order.get(place), (long) place + 1, Long::sum);
                    }
                }
            }
        }
        int respondents = answered;
        placeSums.forEach((id, total) -> meanPlaces.put(id, respondents == 0 ? 0 : (double) total / respondents));
        Double mean = question.type() == QuestionType.SCALE && answered > 0 ? (double) sum / answered : null;
        long remote = remoteVotes.values().stream().mapToLong(Long::longValue).sum();
        return new QuestionResult(question, answered + (int) remote, counts, texts, mean, matrix, meanPlaces);
    }

    static JsonObjectBuilder json(QuestionResult result) {
        Question question = result.question();
        JsonObjectBuilder json = Surveys.JSON.createObjectBuilder().add("id", question.id()).add("type", question.type().wireName())
                .add("text", question.text()).add("answered", result.answered());
        if (!result.counts().isEmpty()) {
            JsonArrayBuilder counts = Surveys.JSON.createArrayBuilder();
            result.counts().forEach((id, count) -> {
                JsonObjectBuilder item = Surveys.JSON.createObjectBuilder().add("id", id).add("label", label(question, id, "api"))
                        .add(question.type() == QuestionType.RANKING ? "points" : "count", count);
                if (result.meanPlaces().containsKey(id)) {
                    item.add("meanPlace", round(result.meanPlaces().get(id)));
                }
                counts.add(item);
            });
            json.add(question.type() == QuestionType.RANKING ? "ranking" : "counts", counts);
        }
        if (result.mean() != null) {
            json.add("mean", round(result.mean()));
        }
        if (!result.matrix().isEmpty()) {
            JsonArrayBuilder rows = Surveys.JSON.createArrayBuilder();
            for (Choice row : question.rows()) {
                JsonArrayBuilder columns = Surveys.JSON.createArrayBuilder();
                result.matrix().get(row.id()).forEach((id, count) -> columns.add(Surveys.JSON.createObjectBuilder().add("id", id)
                        .add("label", question.choiceLabel(id)).add("count", count)));
                rows.add(Surveys.JSON.createObjectBuilder().add("id", row.id()).add("label", row.label()).add("columns", columns));
            }
            json.add("rows", rows);
        }
        if (question.type().text() || question.other()) {
            JsonArrayBuilder texts = Surveys.JSON.createArrayBuilder();
            result.texts().forEach(texts::add);
            json.add("texts", texts);
        }
        return json;
    }

    private static final Map<String, String> OTHER = Map.of("fr", "Autre", "en", "Other", "ca", "Altres", "es", "Otro");

    /** A choice's label; "other" in the page's language (and as "other" in the API). */
    static String label(Question question, String id, String language) {
        return id.equals("other") ? OTHER.getOrDefault(language, "other") : question.type() == QuestionType.SCALE ? id : question.choiceLabel(id);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
