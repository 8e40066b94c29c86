package org.communa.module.api;

import org.communa.module.api.data.ModuleData;

/**
 * What the host does for a module during one request, bound to the request's organisation, component
 * and participant. Modules reach it through {@link org.communa.module.api.http.ModuleRequest}; the SDK
 * test kit provides a real implementation for unit tests.
 */
public interface HostServices {

    /** The module's tables, inside the request's organisation. */
    ModuleData data();

    /** Whether the request's participant may do this action of the manifest here. */
    boolean can(String actionKey);

    /**
     * User-written HTML made safe to show: the platform's one policy (formatting, links, lists, images
     * over https; no scripts, styles or event handlers), the same for every module.
     */
    String sanitizeHtml(String html);

    /** Queues a job of the manifest for this component; it runs soon, once, and is retried if it fails. */
    void enqueue(String jobName, String payload);
}
