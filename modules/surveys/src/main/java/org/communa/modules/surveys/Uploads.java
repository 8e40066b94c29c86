package org.communa.modules.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.AttachmentView;
import org.communa.module.api.participation.ResourceCatalog;
import org.communa.module.api.participation.ResourceInfo;
import org.communa.module.api.questionnaire.Question;
import org.communa.module.api.questionnaire.QuestionType;

/**
 * Where a participant's files for a survey's file questions go: a "response" resource of their own (a row of
 * surveys_responses, made when first needed), to which the host's attachments let its author upload (type
 * checked from the bytes, size and count bounded). Only its author and admins find it; it takes no supports
 * nor comments.
 */
final class Uploads implements ResourceCatalog {

    static final String RESPONSE = "response";

    /** The id of the participant's response to the survey, made the first time it is asked for. */
    static String responseId(ModuleRequest request, UUID survey, UUID participant) {
        return request.data().write(sql -> {
            sql.update("insert into surveys_responses (id, survey_id, participant_id) values (?, ?, ?) on conflict do nothing",
                    UUID.randomUUID(), survey, participant);
            return sql.first("select id from surveys_responses where survey_id = ? and participant_id = ?", survey, participant)
                    .orElseThrow().uuid("id").toString();
        });
    }

    @Override
    public Optional<ResourceInfo> find(ModuleRequest request, String type, String id) {
        Optional<UUID> response = org.communa.module.api.data.Ids.uuid(id).filter(any -> RESPONSE.equals(type));
        if (response.isEmpty()) {
            return Optional.empty();
        }
        return request.data().read(sql -> sql.first("select survey_id, participant_id from surveys_responses where id = ?", response.get())
                .filter(row -> request.participantId().map(row.uuid("participant_id")::equals).orElse(false) || request.services().can("administer"))
                .flatMap(row -> Surveys.find(sql, request.componentId(), row.uuid("survey_id")).filter(Uploads::takesFiles)
                        .map(survey -> new ResourceInfo(RESPONSE, id, Map.of("fr", survey.string("title")), "surveys/" + row.uuid("survey_id"),
                                row.uuid("participant_id"), false, false, 0))));
    }

    /** An identified survey with a file question (an upload names its uploader: no files in anonymous surveys). */
    static boolean takesFiles(Row survey) {
        return !Boolean.TRUE.equals(survey.bool("anonymous"))
                && Surveys.questionnaire(survey).map(q -> q.questions().stream().anyMatch(Uploads::isFile)).orElse(false);
    }

    static boolean isFile(Question question) {
        return question.type() == QuestionType.FILE;
    }

    /** The files this participant uploaded for the survey (none before their response exists). */
    static List<AttachmentView> of(ModuleRequest request, UUID survey, UUID participant) {
        return request.data().read(sql -> sql.first("select id from surveys_responses where survey_id = ? and participant_id = ?", survey, participant))
                .map(row -> request.services().participation().attachments().list(RESPONSE, row.uuid("id").toString())).orElse(List.of());
    }
}
