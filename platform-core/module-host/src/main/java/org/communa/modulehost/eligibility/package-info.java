/** The organisation's verifications as the SDK's eligibility service gives them to modules, and the host's pages. */
package org.communa.modulehost.eligibility;
