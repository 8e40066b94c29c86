package org.communa.module.api.participation;

import java.util.Map;
import java.util.UUID;

/**
 * Tells participants that something happened: in the site's notification list always, by e-mail as
 * each participant chose (each time, daily or weekly digest, never). The participant who caused the
 * event is never told about it.
 */
public interface Notifications {

    /**
     * Notifies the followers of the resource and of its space.
     *
     * @param event snake_case name of what happened ("proposal_published", "proposal_answered"...)
     * @param title what it is about, per language
     * @param path where to look, relative to the component's address
     * @return how many participants were notified
     */
    int notifyFollowers(String type, String id, String event, Map<String, String> title, String path);

    /** Notifies one participant (for example the author of an answered proposal). */
    void notifyParticipant(UUID participantId, String event, Map<String, String> title, String path);
}
