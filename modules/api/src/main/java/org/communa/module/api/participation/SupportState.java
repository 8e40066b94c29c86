package org.communa.module.api.participation;

/**
 * Supports of one resource: how many, whether the request's participant is among them, and how many
 * of the component's resources that participant supports in all.
 */
public record SupportState(int count, boolean mine, int used) {
}
