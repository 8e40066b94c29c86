/**
 * The host's routes for the participation services: supporting, commenting, following and reporting
 * any module's resource, the participant's notifications, and the moderators' queue. Each action asks
 * the module's resource catalog whether the resource exists and is open, and the permission service
 * whether the participant may act now.
 */
package org.communa.server.participation;
