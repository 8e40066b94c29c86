package org.communa.server.components;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.problem.Problem;

/** Reads of components inside a tenant transaction. */
final class ComponentQueries {

    private ComponentQueries() {
    }

    static List<Component> ofSpace(EntityManager em, UUID space, boolean publishedOnly) {
        return em.createQuery("select c from Component c where c.spaceId = :space"
                + (publishedOnly ? " and c.published = true" : "") + " order by c.position", Component.class)
                .setParameter("space", space).getResultList();
    }

    /** The component with this id in this space; any other case is "not found", whatever the reason. */
    static Component inSpace(EntityManager em, UUID space, String id) {
        Component component;
        try {
            component = em.find(Component.class, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            component = null;
        }
        if (component == null || !component.spaceId().equals(space)) {
            throw Problem.notFound("no component " + id + " in this space");
        }
        return component;
    }
}
