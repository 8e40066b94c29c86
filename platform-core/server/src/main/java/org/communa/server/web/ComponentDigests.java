package org.communa.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ComponentDigest;
import org.communa.server.federation.VisitorRequests;

/**
 * Adds to a space's components what each shows of itself on the space's page (the next meetings, the open
 * surveys), asked of its module as a visitor would see it. A module that fails to answer leaves its
 * component without items: the space's page never fails for it.
 */
@ApplicationScoped
public class ComponentDigests {

    private static final Logger LOG = Logger.getLogger(ComponentDigests.class.getName());
    /** Items per component on the space's page. */
    static final int SHOWN = 5;

    @Inject VisitorRequests visitors;
    @Inject org.communa.server.http.ReadCaches caches;

    @SuppressWarnings("unchecked")
    Map<String, Object> withDigests(TenantId tenant, Map<String, Object> space) {
        List<Map<String, Object>> components = new ArrayList<>();
        for (Map<String, Object> component : (List<Map<String, Object>>) space.get("components")) {
            Map<String, Object> enriched = new LinkedHashMap<>(component);
            enriched.put("digest", digest(tenant, UUID.fromString((String) component.get("id"))));
            components.add(enriched);
        }
        Map<String, Object> view = new LinkedHashMap<>(space);
        view.put("components", components);
        return view;
    }

    /** What visitors see, so shared for a few seconds like other public reads (a new meeting shows within them). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> digest(TenantId tenant, UUID componentId) {
        return (List<Map<String, Object>>) caches.resolvedContent().get(tenant, "digest:" + componentId,
                () -> java.util.Optional.of(ask(tenant, componentId))).orElseThrow();
    }

    private List<Map<String, Object>> ask(TenantId tenant, UUID componentId) {
        try {
            return visitors.on(tenant, componentId).filter(visit -> visit.manifest().digest() != null)
                    .map(visit -> visit.manifest().digest().digest(visit.request()).items().stream().limit(SHOWN).map(ComponentDigests::item).toList())
                    .orElse(List.of());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "component " + componentId + " could not give its digest", e);
            return List.of();
        }
    }

    private static Map<String, Object> item(ComponentDigest.Item item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", item.title());
        view.put("path", item.path());
        view.put("when", item.when());
        view.put("state", item.state());
        return view;
    }
}
