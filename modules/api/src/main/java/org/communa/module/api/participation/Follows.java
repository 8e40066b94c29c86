package org.communa.module.api.participation;

/** Participants follow resources to be notified of what happens to them. Authors follow what they write. */
public interface Follows {

    boolean follows(String type, String id);

    void follow(String type, String id);

    void unfollow(String type, String id);
}
