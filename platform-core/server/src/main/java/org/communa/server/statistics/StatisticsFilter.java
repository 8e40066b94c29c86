package org.communa.server.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.communa.kernel.problem.Problem;

/**
 * Which statistics to read: the organisation, one space or one component of it, and a range of days
 * (by default the last 30, today included, in the organisation's time zone).
 */
public record StatisticsFilter(UUID space, UUID component, LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 731;

    /** From request parameters; today is the organisation's. */
    public static StatisticsFilter of(String space, String component, String from, String to, LocalDate today) {
        LocalDate last = to == null || to.isBlank() ? today : day("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
        if (first.isAfter(last)) {
            throw Problem.badRequest("from (" + first + ") is after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Problem.badRequest("statistics cover at most " + MAX_DAYS + " days at a time");
        }
        return new StatisticsFilter(id("space", space), id("component", component), first, last);
    }

    public String level() {
        return component != null ? "component" : space != null ? "space" : "organisation";
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field + " must be a day, e.g. 2026-11-01; got: " + text);
        }
    }

    private static UUID id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(field + " must be an id; got: " + text);
        }
    }
}
