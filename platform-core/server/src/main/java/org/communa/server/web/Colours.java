package org.communa.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;

/**
 * Colour tokens and their contrast, computed as WCAG 2.x defines it: text pairs must reach 4.5:1 (AA
 * for normal text), so that no organisation can brand its site into illegibility.
 */
public final class Colours {

    /** Pairs of tokens that are read one on the other: foreground, background. */
    static final List<String[]> TEXT_PAIRS = List.of(
            new String[] {"text", "background"},
            new String[] {"on-primary", "primary"},
            new String[] {"primary", "background"},
            new String[] {"on-accent", "accent"},
            new String[] {"muted", "background"});
    static final double MINIMUM_CONTRAST = 4.5;

    private Colours() {
    }

    public static String parse(String what, String value) {
        String colour = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!colour.matches("#[0-9a-f]{6}")) {
            throw Problem.badRequest(what + " must be a colour like #1d4ed8, got: " + value);
        }
        return colour;
    }

    /** The pairs below AA, each explained; empty when the palette is readable. */
    public static List<String> contrastFaults(Map<String, String> colours) {
        return faults(colours).stream().map(fault -> String.format(java.util.Locale.ROOT, "%s %s on %s %s has a contrast of %.2f:1, "
                + "below the %.1f:1 that WCAG AA requires for text", fault.foreground(), fault.foregroundColour(), fault.background(),
                fault.backgroundColour(), fault.ratio(), MINIMUM_CONTRAST)).toList();
    }

    /** A text colour on a background colour that is too faint to read (tokens, colours, and their contrast). */
    public record Fault(String foreground, String foregroundColour, String background, String backgroundColour, double ratio) {
    }

    public static List<Fault> faults(Map<String, String> colours) {
        List<Fault> faults = new ArrayList<>();
        for (String[] pair : TEXT_PAIRS) {
            String foreground = colours.get(pair[0]);
            String background = colours.get(pair[1]);
            if (foreground != null && background != null && contrast(foreground, background) < MINIMUM_CONTRAST) {
                faults.add(new Fault(pair[0], foreground, pair[1], background, contrast(foreground, background)));
            }
        }
        return faults;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
