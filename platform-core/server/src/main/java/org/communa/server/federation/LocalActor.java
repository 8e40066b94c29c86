package org.communa.server.federation;

import java.util.Map;
import java.util.UUID;

/**
 * One of the organisation's actors: the organisation itself, a published space (a Group you can follow),
 * the instance actor each organisation host serves for signed fetches, or a participant who chose a
 * public fediverse identity (a Person, author of their replies to other servers).
 *
 * @param path its address path, also the key of its keys and followers ("/actors/spaces/budget-2026")
 * @param username the name in its handle (@username@host)
 */
public record LocalActor(Kind kind, String path, String username, Map<String, String> name, Map<String, String> summary,
        String htmlPath, UUID spaceId) {

    public enum Kind { ORGANISATION, SPACE, INSTANCE, PERSON }

    public static final String ORGANISATION_PATH = "/actors/organisation";
    public static final String INSTANCE_PATH = "/actors/instance";

    public static String personPath(UUID participant) {
        return "/actors/people/" + participant;
    }

    public static String spacePath(String slug) {
        return "/actors/spaces/" + slug;
    }

    public String type() {
        return switch (kind) {
            case ORGANISATION -> "Organization";
            case SPACE -> "Group";
            case INSTANCE -> "Application";
            case PERSON -> "Person";
        };
    }
}
