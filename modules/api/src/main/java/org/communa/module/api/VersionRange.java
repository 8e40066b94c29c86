package org.communa.module.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of module versions in the OSGi notation: {@code [1.0,2)} is 1.0 up to but excluding 2, {@code
 * [1.2.0,1.3.0]} includes both ends, and a bare version {@code 1.4} means 1.4 and above. Versions compare as
 * major.minor.micro numbers, missing parts being zero. @since 1.6
 */
public final class VersionRange {

    private static final String VERSION = "\\s*(\\d{1,9}(?:\\.\\d{1,9}){0,2})\\s*";
    private static final Pattern INTERVAL = Pattern.compile("([\\[(])" + VERSION + "," + VERSION + "([\\])])");
    private static final Pattern AT_LEAST = Pattern.compile(VERSION);

    private final int[] low;
    private final boolean lowIncluded;
    private final int[] high;
    private final boolean highIncluded;
    private final String text;

    private VersionRange(int[] low, boolean lowIncluded, int[] high, boolean highIncluded, String text) {
        this.low = low;
        this.lowIncluded = lowIncluded;
        this.high = high;
        this.highIncluded = highIncluded;
        this.text = text;
    }

    /** Reads a range; a malformed or empty one is refused with the text and the reason. */
    public static VersionRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a version range is required, e.g. [1.0,2)");
        }
        Matcher interval = INTERVAL.matcher(text.strip());
        if (interval.matches()) {
            VersionRange range = new VersionRange(numbers(interval.group(2)), interval.group(1).equals("["),
                    numbers(interval.group(3)), interval.group(4).equals("]"), text.strip());
            int order = compare(range.low, range.high);
            if (order > 0 || order == 0 && !(range.lowIncluded && range.highIncluded)) {
                throw new IllegalArgumentException("version range " + text + " includes no version");
            }
            return range;
        }
        if (AT_LEAST.matcher(text).matches()) {
            return new VersionRange(numbers(text.strip()), true, null, false, text.strip());
        }
        throw new IllegalArgumentException("version range " + text + " is not one: write [1.0,2) (1.0 up to but excluding 2), "
                + "[1.2,1.3] (both included) or 1.4 (1.4 and above)");
    }

    public boolean includes(String version) {
        if (version == null || !version.matches("\\d{1,9}(\\.\\d{1,9}){0,2}")) {
            return false;
        }
        int[] v = numbers(version);
        int fromLow = compare(v, low);
        if (fromLow < 0 || fromLow == 0 && !lowIncluded) {
            return false;
        }
        if (high == null) {
            return true;
        }
        int fromHigh = compare(v, high);
        return fromHigh < 0 || fromHigh == 0 && highIncluded;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionRange range && range.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static int[] numbers(String version) {
        String[] parts = version.split("\\.");
        int[] numbers = new int[3];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
