package org.communa.modulehost.participation;

import org.communa.module.api.participation.Moderation;

/** Whether a resource is hidden by moderation, read from its counters row. */
public final class SqlModeration implements Moderation {

    private final ParticipationScope scope;

    public SqlModeration(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean hidden(String type, String id) {
        ParticipationScope.checkResource(type, id);
        return scope.data().read(sql -> ResourceStats.hidden(sql, scope.componentId(), type, id));
    }
}
