/** Start-up, settings and the wiring of kernel services into the server. */
package org.communa.server.platform;
