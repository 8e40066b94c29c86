package org.communa.server.platform;

/** Fired once the database is ready and the job queue runs; observers may seed or warm up. */
public record PlatformStarted() {
}
