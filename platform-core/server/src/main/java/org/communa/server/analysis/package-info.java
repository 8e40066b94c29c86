/**
 * Contribution analysis for admins: the proposals and comments of a space grouped into themes on this
 * server (no outside service), with representative contributions and near-duplicates; machine-made, so
 * labelled as such and shown to participants only once an admin has validated and published it.
 */
package org.communa.server.analysis;
