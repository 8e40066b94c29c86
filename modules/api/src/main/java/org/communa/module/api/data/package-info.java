/**
 * A module's own data: SQL over the module's tables, always inside the current organisation. The host
 * opens the transaction with the organisation set and switches it to the module's own database role, so a
 * statement sees and writes only that organisation's rows (row-level security) of the module's own tables,
 * whatever the statement says.
 *
 * <p>The host's world is read through the <b>SDK views</b>, part of this package's contract (columns may be
 * added, never renamed or removed), each holding the current organisation's rows only:
 * <ul>
 *   <li>{@code sdk_spaces (id, kind, slug, title, scope_id, published)}: processes and assemblies;</li>
 *   <li>{@code sdk_components (id, space_id, module_key, name, published, position)};</li>
 *   <li>{@code sdk_scopes (id, parent_id, code, name)} and {@code sdk_categories (id, space_id, parent_id, name)}
 *       ({@code name} is JSON, one text per language);</li>
 *   <li>{@code sdk_participants (id, display_name, deleted_at)}: public profiles;</li>
 *   <li>{@code sdk_resource_stats (component_id, resource_type, resource_id, supports, comments, followers, hidden_at)}:
 *       the host's counters and moderation of a module's resources;</li>
 *   <li>{@code sdk_comments (id, component_id, resource_type, resource_id, parent_id, depth, author_id, body, alignment,
 *       up_votes, down_votes, created_at, edited_at, deleted_at)}.</li>
 * </ul>
 * Other modules' data is read through the views they publish as {@link org.communa.module.api.Contract}s, once
 * required. Any other table, a second statement, or a statement that is not a query or a data change (role,
 * settings, schema) is refused, naming the module and the table.
 */
@Export
@Version("1.3.0")
package org.communa.module.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
