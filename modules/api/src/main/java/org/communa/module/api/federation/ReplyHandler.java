package org.communa.module.api.federation;

import org.communa.module.api.http.ModuleRequest;

/**
 * How a module takes replies from the fediverse to its objects before the host makes them comments: a
 * survey's poll counts a Note named after an option as a vote. The request is a visitor's on the resource's
 * component, able to write the module's tables. Registered with
 * {@link org.communa.module.api.ModuleManifest.Builder#federationReplies}.
 *
 * @since 1.4
 */
@FunctionalInterface
public interface ReplyHandler {

    /** True when the module took the reply as its own; false, and the host makes it a comment as usual. */
    boolean take(ModuleRequest request, String type, String id, RemoteReply reply);
}
