package org.communa.modulehost;

import java.util.UUID;

/** On whose behalf a module's transaction runs, for its action log entries: module, component, participant (or nobody: jobs, demo content). */
public record ActionContext(String moduleKey, UUID componentId, UUID participantId) {
}
