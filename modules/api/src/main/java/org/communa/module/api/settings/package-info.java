/** Typed component settings with defaults and validation, global or per phase. */
@Export
@Version("1.0.0")
package org.communa.module.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
