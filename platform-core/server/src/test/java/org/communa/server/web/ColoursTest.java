package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contrast as WCAG computes it, and the refusal of unreadable palettes. */
class ColoursTest {

    @Test
    void contrastMatchesWcagReferenceValues() {
        assertThat(Colours.contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Colours.contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Colours.contrast("#1d4ed8", "#ffffff")).isGreaterThan(4.5);
    }

    @Test
    void unreadablePairsAreNamed() {
        assertThat(Colours.contrastFaults(Map.of("text", "#111827", "background", "#ffffff"))).isEmpty();
        assertThat(Colours.contrastFaults(Map.of("on-primary", "#ffffff", "primary", "#fde047")))
                .singleElement().asString().contains("on-primary #ffffff on primary #fde047").contains("below the 4.5:1");
        assertThatThrownBy(() -> Colours.parse("colours.primary", "red")).hasMessageContaining("like #1d4ed8");
    }

    /**
     * The header's focus ring (yellow, with a dark edge) is visible on every shipped theme's header, and on any
     * colour an organisation may pick: one of its two rings reaches 3:1 against it (WCAG 2.4.11 / 1.4.11).
     */
    @Test
    void theHeadersFocusRingStandsOutOnAnyHeaderColour() throws Exception {
        for (String theme : java.util.List.of("default", "riviere", "campus")) {
            java.util.Properties properties = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("../../themes", theme, "theme.properties"))) {
                properties.load(in);
            }
            String primary = properties.getProperty("color.primary", "#1d4ed8");
            assertThat(Math.max(Colours.contrast("#ffd43b", primary), Colours.contrast("#1a1a1a", primary))).as(theme).isGreaterThanOrEqualTo(3.0);
        }
        for (int grey = 0; grey <= 255; grey += 5) {
            String colour = String.format("#%02x%02x%02x", grey, grey, grey);
            assertThat(Math.max(Colours.contrast("#ffd43b", colour), Colours.contrast("#1a1a1a", colour))).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("../../themes/default/assets/base.css"));
        assertThat(css).contains(".site-header :focus-visible").contains("#ffd43b").contains("#1a1a1a");
    }
}
