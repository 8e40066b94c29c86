/** The instance's API document: Payara's description of the host's resources, plus the running modules' routes. */
package org.communa.server.openapi;
