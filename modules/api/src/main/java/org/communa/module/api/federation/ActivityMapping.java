package org.communa.module.api.federation;

import java.util.Optional;
import org.communa.module.api.http.ModuleRequest;

/**
 * A module's resource as the fediverse sees it: empty for a resource that is not public (a draft, a
 * hidden one) or does not exist. The request is an anonymous visitor's: what a mapping returns is public.
 */
@FunctionalInterface
public interface ActivityMapping {

    Optional<FederatedObject> object(ModuleRequest request, String type, String id);
}
