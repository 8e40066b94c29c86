package org.communa.modulehost.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import java.util.Map;
import java.util.UUID;
import org.communa.module.api.participation.Notifications;

/**
 * Writes notifications in the same organisation: one row per participant to tell, never the one who
 * acted. E-mail follows later, from these rows, as each participant chose (see the server's mailer).
 */
public final class SqlNotifications implements Notifications {

    private final ParticipationScope scope;
    private final String componentPath;

    /** componentPath: the component's address ("/processes/budget/c/…"), to which resource paths are relative. */
    public SqlNotifications(ParticipationScope scope, String componentPath) {
        this.scope = scope;
        this.componentPath = componentPath;
    }

    @Override
    public int notifyFollowers(String type, String id, String event, Map<String, String> title, String path) {
        ParticipationScope.checkResource(type, id);
        checkEvent(event);
        String url = url(path);
        return scope.data().write(sql -> sql.update("""
                insert into notifications (id, participant_id, event, component_id, resource_type, resource_id, title, url)
                select gen_random_uuid(), f.participant_id, ?, ?, ?, ?, ?::jsonb, ?
                  from (select participant_id from follows where component_id = ? and resource_type = ? and resource_id = ?
                        union
                        select f.participant_id from follows f join components c on c.id = ?
                         where f.component_id is null and f.resource_type = 'space' and f.resource_id = c.space_id::text) f
                  join participants p on p.id = f.participant_id and p.deleted_at is null and p.blocked_at is null
                 where f.participant_id is distinct from ?""",
                event, scope.componentId(), type, id, titleJson(title), url, scope.componentId(), type, id, scope.componentId(),
                scope.participantId()));
    }

    @Override
    public void notifyParticipant(UUID participantId, String event, Map<String, String> title, String path) {
        checkEvent(event);
        if (participantId == null || participantId.equals(scope.participantId())) {
            return;
        }
        String url = url(path);
        scope.data().write(sql -> sql.update("insert into notifications (id, participant_id, event, component_id, title, url) "
                + "select gen_random_uuid(), id, ?, ?, ?::jsonb, ? from participants where id = ? and deleted_at is null",
                event, scope.componentId(), titleJson(title), url, participantId));
    }

    private String url(String path) {
        if (path == null || path.startsWith("/") || path.contains("//") || path.contains("..")) {
            throw new IllegalArgumentException("a notification's path is relative to its component, got: " + path);
        }
        return path.isEmpty() ? componentPath : componentPath + "/" + path;
    }

    private static void checkEvent(String event) {
        if (event == null || !event.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("notification event must be snake_case, got: " + event);
        }
    }

    private static String titleJson(Map<String, String> title) {
        var json = JSON.createObjectBuilder();
        title.forEach(json::add);
        return json.build().toString();
    }
}
