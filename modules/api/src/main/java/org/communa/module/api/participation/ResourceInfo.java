package org.communa.module.api.participation;

import java.util.Map;
import java.util.UUID;

/**
 * What the host needs to know about one of a module's resources to let people support, comment on,
 * follow and report it, and to name it in notifications.
 *
 * @param type the resource type, as declared in the manifest
 * @param id the module's id for it
 * @param title its title per language
 * @param path where it is shown, relative to the component's address (e.g. "proposals/3f2a…")
 * @param authorId who wrote it, or null (told when someone comments on it)
 * @param acceptsSupports whether supports are open for it now (published, not withdrawn...)
 * @param acceptsComments whether comments are open for it now
 * @param supportLimit how many resources of the component one participant may support (0: no limit)
 */
public record ResourceInfo(String type, String id, Map<String, String> title, String path, UUID authorId,
        boolean acceptsSupports, boolean acceptsComments, int supportLimit) {

    public ResourceInfo {
        title = Map.copyOf(title);
        if (supportLimit < 0) {
            throw new IllegalArgumentException("supportLimit must be 0 (none) or positive, got: " + supportLimit);
        }
    }
}
