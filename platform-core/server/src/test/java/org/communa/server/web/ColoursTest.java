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
}
