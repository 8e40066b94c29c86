/** HTTP plumbing shared by every route: tenant resolution, body limits, problem responses. */
package org.communa.server.http;
