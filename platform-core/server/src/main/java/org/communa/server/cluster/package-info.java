/**
 * Scale-out: the server processes of one instance, on one database, as one cluster through the Hazelcast
 * data grid Payara Micro runs. What one process changes (caches, modules) it says on a topic; what each
 * process is (version, modules, start) it writes in a shared map for the system admins' cluster view.
 * Jobs need none of this: they are claimed in the database.
 */
package org.communa.server.cluster;
