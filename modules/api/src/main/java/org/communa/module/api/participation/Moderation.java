package org.communa.module.api.participation;

/**
 * Reports and hidden content. Hidden content must disappear from the module's lists and pages (join
 * {@code resource_stats} and keep {@code hidden_at is null}); the host removes it from search and
 * comment threads itself.
 */
public interface Moderation {

    boolean hidden(String type, String id);
}
