package org.communa.tenants;

/**
 * How much an organisation archive may unpack to: entries, bytes in all, and bytes per compressed byte. An
 * export is a manifest and one JSON file per table, and JSON compresses about tenfold; a zip bomb (a few
 * kilobytes that inflate to gigabytes) is refused long before it fills the memory its entries are read into.
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 1L << 30, 100);

    /** Below this much compressed data the ratio is not judged: tiny archives of repeated rows compress very well. */
    static final long RATIO_FLOOR_BYTES = 512L << 10;
}
