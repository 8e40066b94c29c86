package org.communa.module.api.participation;

/** A resource found by search: its type, id, title, where it is (relative to its component) and how well it matched. */
public record SearchHit(String type, String id, String title, String path, double score) {
}
