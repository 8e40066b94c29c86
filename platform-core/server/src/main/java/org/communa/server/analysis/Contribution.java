package org.communa.server.analysis;

/** One text to group: a proposal (or another module's resource) or a comment, with where it is. */
public record Contribution(String id, String kind, String title, String text, String url) {
}
