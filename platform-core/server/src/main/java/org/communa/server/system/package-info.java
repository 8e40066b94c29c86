/** The system API, served on the instance's system hosts to the service provider's admins. */
package org.communa.server.system;
