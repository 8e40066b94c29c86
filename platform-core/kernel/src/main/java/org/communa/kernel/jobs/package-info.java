/** Durable, tenant-carrying jobs claimed in the database. */
package org.communa.kernel.jobs;
