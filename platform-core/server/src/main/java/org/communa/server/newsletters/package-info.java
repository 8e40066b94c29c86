/**
 * Newsletters: admins write them in the organisation's languages, choose who receives them among the
 * participants who consented, preview and test them, and send them now or later; a recurring job sends
 * at the configured rate, one delivery row per recipient, with a one-click unsubscribe in every e-mail.
 */
package org.communa.server.newsletters;
