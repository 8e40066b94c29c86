/**
 * The sandbox every page template renders in: organisation admins write templates, communities write module
 * templates, and none of them may take the server down for the others. Method calls are allowed from a short
 * list; each render has a time budget, an allocation budget, a maximum output, bounded strings and ranges;
 * tags that keep state between renders are not available.
 */
package org.communa.server.web.sandbox;
