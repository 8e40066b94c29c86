package org.communa.modulehost.participation;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.ModuleData;

/**
 * Where a participation service works: the organisation's transactions (already bound to it), the
 * component, and the participant (null for visitors and jobs).
 */
public record ParticipationScope(ModuleData data, UUID componentId, UUID participantId) {

    UUID requireParticipant() {
        if (participantId == null) {
            throw ModuleProblem.unauthorized("sign in first").explainedAs("problem.signIn");
        }
        return participantId;
    }

    /** Resource types and ids are short names chosen by modules; anything else is a bug or a forged request. */
    static void checkResource(String type, String id) {
        if (type == null || !type.matches("[a-z][a-z0-9_]{0,62}")) {
            throw ModuleProblem.badRequest("resource type must be snake_case, got: " + type);
        }
        if (id == null || id.isEmpty() || id.length() > 200) {
            throw ModuleProblem.badRequest("resource id must have 1 to 200 characters");
        }
    }
}
