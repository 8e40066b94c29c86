package org.communa.modules.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.ActivityMapping;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.Questionnaire;

/**
 * A survey as the fediverse sees it. A one-question poll (a single or multiple choice without "other") is
 * a Question as Mastodon shows polls: its options under oneOf or anyOf with their counts, endTime, closed,
 * votersCount; people vote from their own server ({@link RemoteVotes}). Any other open or closed survey is a
 * Page that links to it. Drafts are not public.
 */
final class PollActivity implements ActivityMapping {

    @Override
    public Optional<FederatedObject> object(ModuleRequest request, String type, String id) {
        Optional<UUID> found = org.communa.module.api.data.Ids.uuid(id).filter(any -> SurveysModule.SURVEY.equals(type));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID survey = found.get();
        return request.data().read(sql -> Surveys.find(sql, request.componentId(), survey).filter(row -> !"draft".equals(row.string("state")))
                .map(row -> poll(row).map(question -> question(row, question, SurveyResults.answers(sql, row), SurveyResults.remoteVotes(sql, row),
                        sql.first("select count(distinct actor) as voters from surveys_remote_votes where survey_id = ?", survey).orElseThrow().integer("voters")))
                        .orElseGet(() -> page(row))));
    }

    /** The survey's one question when it can be a fediverse poll. */
    static Optional<Question> poll(Row survey) {
        Optional<Questionnaire> questionnaire = Surveys.questionnaire(survey);
        if (questionnaire.isEmpty() || questionnaire.get().questions().size() != 1) {
            return Optional.empty();
        }
        Question question = questionnaire.get().questions().get(0);
        return question.type().choosing() && !question.other() && question.showIf() == null ? Optional.of(question) : Optional.empty();
    }

    private static FederatedObject question(Row survey, Question question, List<jakarta.json.JsonObject> answers, Map<String, Long> remote,
            long remoteVoters) {
        Tally.QuestionResult result = Tally.question(question, answers, remote);
        List<Object> options = new ArrayList<>();
        for (var choice : question.choices()) {
            Map<String, Object> replies = new LinkedHashMap<>();
            replies.put("type", "Collection");
            replies.put("totalItems", result.counts().getOrDefault(choice.id(), 0L));
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("type", "Note");
            option.put("name", choice.label());
            option.put("replies", replies);
            options.add(option);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(question.type() == org.communa.module.api.questionnaire.QuestionType.SINGLE_CHOICE ? "oneOf" : "anyOf", options);
        // people, not votes: on a multiple-choice poll one voter counts in several options
        extra.put("votersCount", survey.integer("answers") + remoteVoters);
        if (survey.time("closes_at") != null) {
            extra.put("endTime", survey.time("closes_at").toString());
        }
        if ("closed".equals(survey.string("state"))) {
            extra.put("closed", survey.time("closes_at") != null ? survey.time("closes_at").toString() : survey.time("updated_at").toString());
        }
        extra.put("communa:state", survey.string("state"));
        return new FederatedObject("Question", Map.of("fr", survey.string("title")), FederatedObject.textAsHtml(question.text()),
                "surveys/" + survey.uuid("id"), null, survey.time("created_at"), survey.time("updated_at"), extra);
    }


    private static FederatedObject page(Row survey) {
        String description = survey.string("description");
        Map<String, Object> extra = Map.of("communa:state", survey.string("state"));
        return new FederatedObject("Page", Map.of("fr", survey.string("title")), description.isBlank() ? "" : FederatedObject.textAsHtml(description),
                "surveys/" + survey.uuid("id"), null, survey.time("created_at"), survey.time("updated_at"), extra);
    }
}
