package org.communa.server.newsletters;

import jakarta.persistence.EntityManager;
import org.communa.server.platform.CommunaSettings;

/** Who a newsletter comes from: the organisation's name, and the start of the links to its primary host. */
record Sender(String organisation, String base) {

    /** Read in the organisation's transaction. */
    static Sender of(EntityManager em, CommunaSettings settings) {
        Object[] row = (Object[]) em.createNativeQuery("select o.name, h.host from organisations o "
                + "join organisation_hosts h on h.tenant_id = o.id and h.is_primary").getSingleResult();
        return new Sender((String) row[0], settings.linkBase((String) row[1]));
    }
}
