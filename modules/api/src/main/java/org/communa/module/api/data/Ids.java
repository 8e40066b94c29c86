package org.communa.module.api.data;

import java.util.Optional;
import java.util.UUID;

/** Ids as the host hands them to catalogs, mappings and handlers: text that may or may not be a UUID. @since 1.4 */
public final class Ids {

    private Ids() {
    }

    /** The UUID the text is, or empty (an id that cannot exist finds nothing). */
    public static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
