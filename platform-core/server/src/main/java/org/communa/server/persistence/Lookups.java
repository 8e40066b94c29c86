package org.communa.server.persistence;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/** Finds an entity by the id a client sent: an id that is not even a UUID is simply not found. */
public final class Lookups {

    private Lookups() {
    }

    public static <T> Optional<T> byId(EntityManager em, Class<T> type, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(type, uuid));
    }
}
