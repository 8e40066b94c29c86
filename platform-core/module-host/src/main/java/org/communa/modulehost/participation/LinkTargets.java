package org.communa.modulehost.participation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the other side of a link: a resource of some component of the organisation, as its module shows it
 * to visitors (only public resources are linked and shown). The server asks the module's catalog; the SDK
 * test kit, its one module.
 */
@FunctionalInterface
public interface LinkTargets {

    LinkTargets NONE = (component, type, id) -> Optional.empty();

    Optional<Target> find(UUID componentId, String type, String id);

    /** A resource's title per language and its address on the site. */
    record Target(Map<String, String> title, String url) {
    }
}
