/**
 * A module's own data: SQL over the module's tables, always inside the current organisation. The host
 * opens the transaction with the organisation set, and PostgreSQL's row-level security lets a statement
 * see and write only that organisation's rows, whatever the statement says.
 */
@Export
@Version("1.1.0")
package org.communa.module.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
