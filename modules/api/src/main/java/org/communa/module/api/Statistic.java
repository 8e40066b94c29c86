package org.communa.module.api;

import java.util.Map;
import java.util.Set;

/**
 * A figure the organisation's statistics count for each component of the module, day by day, from the
 * actions the module records ({@code Sql.recordAction}): each recorded action named in {@code counted} adds
 * one, each named in {@code subtracted} takes one away (a registration withdrawn). The host pre-aggregates
 * them per day and component, and sums them per space and scope.
 *
 * @param key snake_case, e.g. "meeting_attendance"
 * @param names per language, French and English at least
 * @param counted the actions that add one
 * @param subtracted the actions that take one away (may be empty)
 * @param byParticipants whether whoever records a counted action is taking part (a proposal published, a
 *        ballot cast): they then count among the participants; false when staff record it for others
 *        (attendance checked at the door)
 * @since 1.5
 */
public record Statistic(String key, Map<String, String> names, Set<String> counted, Set<String> subtracted,
        boolean byParticipants) {

    public Statistic {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("a statistic's key is snake_case, got: " + key);
        }
        if (names == null || !names.containsKey("fr") || !names.containsKey("en")) {
            throw new IllegalArgumentException("statistic " + key + ": a name in French and in English is required");
        }
        if (counted == null || counted.isEmpty()) {
            throw new IllegalArgumentException("statistic " + key + " counts no action");
        }
        names = Map.copyOf(names);
        counted = Set.copyOf(counted);
        subtracted = subtracted == null ? Set.of() : Set.copyOf(subtracted);
    }

    /** A statistic of participants' own actions that only counts. */
    public static Statistic counting(String key, String french, String english, String... actions) {
        return new Statistic(key, Map.of("fr", french, "en", english), Set.of(actions), Set.of(), true);
    }
}
