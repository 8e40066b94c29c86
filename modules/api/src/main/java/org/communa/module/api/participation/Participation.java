package org.communa.module.api.participation;

/** The participation services, bound to the request's organisation, component and participant. */
public interface Participation {

    Supports supports();

    Comments comments();

    Follows follows();

    Notifications notifications();

    Moderation moderation();

    Search search();

    Attachments attachments();
}
