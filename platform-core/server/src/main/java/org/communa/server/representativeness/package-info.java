/**
 * "Who is absent": the population an organisation serves per group (scope, and attributes it defines),
 * the groups participants declare with consent, and the comparison of those who take part with the
 * population, where no group smaller than the organisation's minimum count is ever shown.
 */
package org.communa.server.representativeness;
