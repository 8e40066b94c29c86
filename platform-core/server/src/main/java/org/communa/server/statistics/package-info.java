/**
 * The organisation's participation statistics: figures declared by the host (supports, comments,
 * participants, sign-ups) and by modules (proposals, ballots, survey answers, meeting attendance...),
 * pre-aggregated per day and component by a recurring job, read per organisation, space, component and
 * scope, and the effect of each newsletter.
 */
package org.communa.server.statistics;
