package org.communa.modules.surveys;

import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.RemoteReply;
import org.communa.module.api.federation.ReplyHandler;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.questionnaire.Choice;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.QuestionType;

/**
 * Votes on a poll from the fediverse, as Mastodon sends them: a Note whose name is the option's label, in
 * reply to the Question. Counted once per account and option (one option in all on a single-choice poll),
 * only while the survey is open. A reply with no name, or a name that is no option, is left to the host
 * (it becomes a comment if it has text).
 */
final class RemoteVotes implements ReplyHandler {

    @Override
    public boolean take(ModuleRequest request, String type, String id, RemoteReply reply) {
        Optional<UUID> found = org.communa.module.api.data.Ids.uuid(id).filter(any -> SurveysModule.SURVEY.equals(type) && !reply.name().isEmpty());
        if (found.isEmpty()) {
            return false;
        }
        UUID surveyId = found.get();
        return request.data().write(sql -> {
            Optional<Row> survey = Surveys.find(sql, request.componentId(), surveyId);
            Optional<Question> poll = survey.flatMap(PollActivity::poll);
            Optional<Choice> choice = poll.flatMap(question -> question.choices().stream()
                    .filter(option -> option.label().equalsIgnoreCase(reply.name())).findFirst());
            if (choice.isEmpty()) {
                return false;
            }
            if (!"open".equals(survey.get().string("state"))) {
                return true; // a late vote: taken, and not counted
            }
            sql.query("select id from surveys_surveys where id = ? for update", surveyId);
            boolean single = poll.get().type() == QuestionType.SINGLE_CHOICE;
            if (single && sql.first("select 1 from surveys_remote_votes where survey_id = ? and actor = ?", surveyId, reply.actor()).isPresent()) {
                return true;
            }
            sql.update("insert into surveys_remote_votes (survey_id, actor, choice_id, activity_id) values (?, ?, ?, ?) on conflict do nothing",
                    surveyId, reply.actor(), choice.get().id(), reply.noteId() == null ? "" : reply.noteId());
            return true;
        });
    }
}
