/**
 * The participation services of the module SDK, on the organisation's isolated connection: supports,
 * comments, follows, notifications, moderation and search. The server's routes and the SDK test kit
 * use these same classes.
 */
package org.communa.modulehost.participation;
