package org.communa.server.web.sandbox;

import java.time.Duration;

/**
 * What one render may use: output characters, wall-clock time, bytes allocated by its thread, characters of
 * one string it builds, items of one range. The defaults leave the largest pages of the platform far below.
 */
public record TemplateLimits(int maxRenderedChars, Duration renderTime, long maxAllocatedBytes, int maxStringLength,
        int maxRange) {

    public static final TemplateLimits DEFAULT = new TemplateLimits(4_000_000, Duration.ofSeconds(3), 128L << 20,
            1_000_000, 10_000);
}
