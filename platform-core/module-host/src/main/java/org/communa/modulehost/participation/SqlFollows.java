package org.communa.modulehost.participation;

import java.util.UUID;
import org.communa.module.api.participation.Follows;

/** Who follows which resource of a component; a participant follows a resource at most once. */
public final class SqlFollows implements Follows {

    private final ParticipationScope scope;

    public SqlFollows(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean follows(String type, String id) {
        ParticipationScope.checkResource(type, id);
        UUID participant = scope.participantId();
        return participant != null && scope.data().read(sql -> sql.first("select 1 from follows where participant_id = ? "
                + "and component_id = ? and resource_type = ? and resource_id = ?", participant, scope.componentId(), type, id)
                .isPresent());
    }

    @Override
    public void follow(String type, String id) {
        ParticipationScope.checkResource(type, id);
        UUID participant = scope.requireParticipant();
        scope.data().write(sql -> {
            int added = sql.update("insert into follows (participant_id, component_id, resource_type, resource_id) values (?, ?, ?, ?) "
                    + "on conflict do nothing", participant, scope.componentId(), type, id);
            if (added > 0) {
                ResourceStats.add(sql, scope.componentId(), type, id, "followers", 1);
            }
            return null;
        });
    }

    @Override
    public void unfollow(String type, String id) {
        ParticipationScope.checkResource(type, id);
        UUID participant = scope.requireParticipant();
        scope.data().write(sql -> {
            int removed = sql.update("delete from follows where participant_id = ? and component_id = ? and resource_type = ? "
                    + "and resource_id = ?", participant, scope.componentId(), type, id);
            if (removed > 0) {
                ResourceStats.add(sql, scope.componentId(), type, id, "followers", -1);
            }
            return null;
        });
    }
}
