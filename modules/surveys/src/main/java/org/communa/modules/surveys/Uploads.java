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
 * Where a participant's files for a survey's file questions go: a "response" resource of their own
 * (SURVEY_PARTICIPANT), to which the host's attachments let its author upload (type checked from the bytes,
 * size and count bounded). Only its author and admins find it; it takes no supports nor comments.
 */
final class Uploads implements ResourceCatalog {

    static final String RESPONSE = "response";

    static String responseId(UUID survey, UUID participant) {
        return survey + "_" + participant;
    }

    @Override
    public Optional<ResourceInfo> find(ModuleRequest request, String type, String id) {
        if (!RESPONSE.equals(type) || !id.matches("[0-9a-f-]{36}_[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        UUID survey;
        UUID participant;
        try {
            survey = UUID.fromString(id.substring(0, 36));
            participant = UUID.fromString(id.substring(37));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean mine = request.participantId().map(participant::equals).orElse(false);
        if (!mine && !request.services().can("administer")) {
            return Optional.empty();
        }
        return request.data().read(sql -> Surveys.find(sql, request.componentId(), survey)).filter(Uploads::takesFiles)
                .map(row -> new ResourceInfo(RESPONSE, id, Map.of("fr", row.string("title")), "surveys/" + survey, participant, false, false, 0));
    }

    /** An identified survey with a file question (an upload names its uploader: no files in anonymous surveys). */
    static boolean takesFiles(Row survey) {
        return !Boolean.TRUE.equals(survey.bool("anonymous"))
                && Surveys.questionnaire(survey).map(q -> q.questions().stream().anyMatch(Uploads::isFile)).orElse(false);
    }

    static boolean isFile(Question question) {
        return question.type() == QuestionType.FILE;
    }

    /** The files this participant uploaded for the survey. */
    static List<AttachmentView> of(ModuleRequest request, UUID survey, UUID participant) {
        return request.services().participation().attachments().list(RESPONSE, responseId(survey, participant));
    }
}
