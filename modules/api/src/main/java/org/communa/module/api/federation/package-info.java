/**
 * How a module's resources look to the fediverse (ActivityPub). A module maps its resource types to
 * ActivityStreams objects ({@code Page} for a proposal or a budget project, {@code Question} for a poll,
 * {@code Event} for a meeting); the host maps what it owns itself (comments as {@code Note} replies,
 * supports as {@code Like}) and does the rest: actors, signatures, delivery.
 */
@Export
@Version("1.2.0")
package org.communa.module.api.federation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
