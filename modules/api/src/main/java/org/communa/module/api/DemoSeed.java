package org.communa.module.api;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;

/**
 * Example content for a component of the module in the demo organisations that `./communa run` creates,
 * so that people trying the platform see the module at work. Called each time the module starts on a
 * demo instance: it must add nothing when its content is already there.
 */
@FunctionalInterface
public interface DemoSeed {

    void seed(ModuleData data, UUID componentId, String spaceSlug);

    /**
     * The same, with the demo organisation's example participants, which the host creates, for content that
     * has an author (modules do not create participants). The host calls this one. @since 1.6
     */
    default void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants) {
        seed(data, componentId, spaceSlug);
    }

    /**
     * The same, with the component's participation services, so that demo content is found by search (and the
     * similar-proposals check) like content participants add. The host calls this one. @since 1.8
     */
    default void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        seed(data, componentId, spaceSlug, demoParticipants);
    }
}
