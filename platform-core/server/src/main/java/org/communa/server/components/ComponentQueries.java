package org.communa.server.components;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.Lookups;

/** Reads of components inside a tenant transaction. */
public final class ComponentQueries {

    private ComponentQueries() {
    }

    public static List<Component> ofSpace(EntityManager em, UUID space, boolean publishedOnly) {
        return em.createQuery("select c from Component c where c.spaceId = :space"
                + (publishedOnly ? " and c.published = true" : "") + " order by c.position", Component.class)
                .setParameter("space", space).getResultList();
    }

    /** The component with this id in this space; any other case is "not found", whatever the reason. */
    static Component inSpace(EntityManager em, UUID space, String id) {
        return Lookups.byId(em, Component.class, id).filter(c -> c.spaceId().equals(space))
                .orElseThrow(() -> Problem.notFound("no component " + id + " in this space"));
    }
}
