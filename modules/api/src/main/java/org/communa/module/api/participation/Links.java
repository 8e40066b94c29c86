package org.communa.module.api.participation;

import java.util.List;
import java.util.UUID;

/**
 * Links between a resource of this component and a resource of another component of the organisation: a
 * proposal born at a meeting. The host checks that the other resource exists (its module finds it) and shows
 * each side with the other's current title and address. @since 1.4
 */
public interface Links {

    /**
     * Links this component's resource to another's under a relation ("born_at"); linking twice is once. A
     * resource the other component does not have is a 400 naming it.
     */
    void link(String type, String id, String relation, UUID otherComponent, String otherType, String otherId);

    /** Whether another component of the organisation has this public resource to link to (and its title, its address). */
    java.util.Optional<LinkView> target(UUID otherComponent, String otherType, String otherId);

    /** The links of this resource, both ways: to others ({@link LinkView#outgoing()}) and from others. */
    List<LinkView> of(String type, String id);
}
