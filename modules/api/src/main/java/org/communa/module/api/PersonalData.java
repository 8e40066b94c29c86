package org.communa.module.api;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.communa.module.api.data.Sql;

/**
 * What a module holds about one participant, for the two rights every organisation must honour: "download my
 * data" (GDPR art. 15 and 20) and erasure when the participant deletes their account. The host calls it in the
 * module's own transaction, inside the organisation, with the participant's id; supports, comments and follows are
 * the host's and it exports and erases them itself. @since 1.6
 */
public interface PersonalData {

    /**
     * The participant's data in this module as JSON (an object or an array), or {@link JsonValue#NULL} when there
     * is none. What an anonymity rule keeps apart from the person (an anonymous survey's answers, a secret ballot's
     * choices) stays apart here too: say that they took part, not what they chose.
     */
    JsonValue export(Sql sql, UUID participantId);

    /**
     * The participant deleted their account: remove or unlink what identifies them, keeping what others rely on
     * (a ballot already counted, a proposal others supported) as anonymous contributions.
     */
    void forget(Sql sql, UUID participantId);
}
