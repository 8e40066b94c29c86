package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.modulehost.participation.LinkTargets;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.federation.VisitorRequests;

/**
 * The other side of a resource link, found by its own module as a visitor sees it: a published component of a
 * published space, and a resource its catalog shows. Anything else (unknown, private, a module that fails) is
 * no target: it is neither linked nor shown.
 */
@ApplicationScoped
public class ModuleLinkTargets {

    private static final Logger LOG = Logger.getLogger(ModuleLinkTargets.class.getName());

    @Inject VisitorRequests visitors;

    public LinkTargets of(TenantId tenant) {
        return (componentId, type, id) -> {
            try {
                return visitors.on(tenant, componentId)
                        .filter(visit -> visit.manifest().resourceCatalog() != null && visit.manifest().resourceTypes().contains(type))
                        .flatMap(visit -> visit.manifest().resourceCatalog().find(visit.request(), type, id)
                                .map(info -> new LinkTargets.Target(info.title(), visit.componentPath() + "/" + info.path())));
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "no link target " + type + " " + id + " in component " + componentId, e);
                return Optional.empty();
            }
        };
    }
}
