package org.communa.server.spaces;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/** What other parts of the server (components) may ask about spaces. */
public final class SpaceLookup {

    private SpaceLookup() {
    }

    public static Space publishedBySlug(EntityManager em, String slug) {
        return SpaceQueries.bySlug(em, slug, false);
    }

    /** A space, published or not (its admins prepare it before they publish it). */
    public static Space bySlug(EntityManager em, String slug) {
        return SpaceQueries.bySlug(em, slug, true);
    }

    public static Optional<Phase> activePhase(EntityManager em, UUID space) {
        return SpaceQueries.phases(em, space).stream().filter(Phase::active).findFirst();
    }
}
