/** JPA building blocks shared by the server's entities. */
package org.communa.server.persistence;
