/** The request and response types through which the host dispatches a module's routes. */
@Export
@Version("1.3.0")
package org.communa.module.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
