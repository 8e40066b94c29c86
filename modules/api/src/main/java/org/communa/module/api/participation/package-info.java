/**
 * The participation services every module shares instead of writing its own: supports, comments,
 * follows, notifications, reports and moderation, search. A module names its resources by type and
 * id and tells the host about them through a {@link org.communa.module.api.participation.ResourceCatalog};
 * the host stores everything under the organisation's isolation and offers the routes and page
 * fragments people use (support buttons, comment threads, report forms).
 * <p>
 * Lists may join the table {@code resource_stats (component_id, resource_type, resource_id, supports,
 * comments, followers, reports, hidden_at)} to show counts and leave out hidden content: it is part of
 * this package's contract.
 */
@Export
@Version("1.2.0")
package org.communa.module.api.participation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
