package org.communa.module.api.participation;

import java.util.Optional;
import org.communa.module.api.http.ModuleRequest;

/**
 * How the host finds a module's resource before it records a support, a comment, a follow or a report
 * about it. Answer empty for a resource that does not exist or that the request may not see (a draft
 * of someone else, a hidden one): the host then answers 404.
 */
@FunctionalInterface
public interface ResourceCatalog {

    Optional<ResourceInfo> find(ModuleRequest request, String type, String id);
}
