/**
 * The module SDK: what a participation module declares ({@link org.communa.module.api.ModuleManifest})
 * and the one service it registers ({@link org.communa.module.api.ParticipationModule}). Semantically
 * versioned: additions bump the minor version, breaking changes the major one.
 */
@Export
@Version("1.8.0")
package org.communa.module.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
