package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsAreProportionalToTheLargestValueAndLeaveRoomForIt() {
        BarChart chart = BarChart.of(List.of(Map.of("label", "Campus Nord", "value", 250),
                Map.of("label", "Campus Sud", "value", 125), Map.of("label", "Antenne", "value", 0)), "fr");
        assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsExactly(520, 260, 1);
        assertThat(chart.bars().get(0).valueX()).isEqualTo(526).isLessThan(BarChart.WIDTH);
        assertThat(chart.height()).isEqualTo(3 * BarChart.ROW);
        assertThat(chart.bars()).extracting(BarChart.Bar::barY).containsExactly(20, 60, 100);
    }

    @Test
    void valuesAreWrittenAsTheReadersLanguageWritesNumbers() {
        List<Map<String, Object>> rows = List.of(Map.of("label", "Budget", "value", 250000));
        assertThat(BarChart.of(rows, "fr").bars().get(0).value()).isEqualTo("250\u202f000");
        assertThat(BarChart.of(rows, "en").bars().get(0).value()).isEqualTo("250,000");
    }

    @Test
    void emptyNegativeAndUnreadableValuesDrawNothingBroken() {
        assertThat(BarChart.of(List.of(), "fr").bars()).isEmpty();
        assertThat(BarChart.of(List.of(), "fr").height()).isEqualTo(BarChart.ROW);
        BarChart odd = BarChart.of(List.of(Map.of("label", "a", "value", -5), Map.of("label", "b", "value", "n/a"),
                Map.of("value", "3")), "en");
        assertThat(odd.bars()).extracting(BarChart.Bar::barWidth).containsExactly(1, 1, 520);
        assertThat(odd.bars()).extracting(BarChart.Bar::label).containsExactly("a", "b", "");
    }
}
