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

    /** Links with resources of other components (a proposal born at a meeting). @since 1.4 */
    default Links links() {
        throw new UnsupportedOperationException("this host does not link resources across components");
    }
}
