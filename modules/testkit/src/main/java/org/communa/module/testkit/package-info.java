/**
 * The SDK test kit: {@link org.communa.module.testkit.ModuleTestKit} runs a module's migrations and
 * routes on a real, embedded PostgreSQL with the host's own rules, so a module author tests routes,
 * permissions, data and isolation with plain JUnit, without a server.
 */
package org.communa.module.testkit;
