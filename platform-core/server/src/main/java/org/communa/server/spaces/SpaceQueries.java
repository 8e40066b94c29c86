package org.communa.server.spaces;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.Lookups;

/** Reads of spaces and what hangs off them, inside a tenant transaction (no tenant filter needed here). */
public final class SpaceQueries {

    private SpaceQueries() {
    }

    static Space bySlug(EntityManager em, String slug, boolean includeUnpublished) {
        List<Space> found = em.createQuery("select s from Space s where s.slug = :slug", Space.class)
                .setParameter("slug", slug).getResultList();
        if (found.isEmpty() || (!includeUnpublished && !found.get(0).published())) {
            throw Problem.notFound("no space " + slug);
        }
        return found.get(0);
    }

    public static List<Phase> phases(EntityManager em, UUID space) {
        return em.createQuery("select p from Phase p where p.spaceId = :space order by p.position", Phase.class)
                .setParameter("space", space).getResultList();
    }

    public static List<Category> categories(EntityManager em, UUID space) {
        return em.createQuery("select c from Category c where c.spaceId = :space", Category.class)
                .setParameter("space", space).getResultList();
    }

    static <T> T byId(EntityManager em, Class<T> type, String id) {
        return Lookups.byId(em, type, id)
                .orElseThrow(() -> Problem.notFound("no " + type.getSimpleName().toLowerCase() + " " + id));
    }
}
