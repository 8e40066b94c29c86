package org.communa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewTest {

    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    private static ProcessDescriptor process(String name, ProcessDescriptor.Module... modules) {
        return new ProcessDescriptor(name, "member-" + name, "127.0.0.1:6900", "0.1.0", START, START.plusSeconds(5), List.of(modules));
    }

    private static ProcessDescriptor.Module pages(String version, boolean quarantined) {
        return new ProcessDescriptor.Module("org.communa.modules.pages", version, "ACTIVE", "pages", quarantined);
    }

    @Test
    void processesHoldingTheSameModulesAlikeShowNoDifference() {
        assertThat(ClusterView.moduleDifferences(List.of(process("p1", pages("1.0.0", false)), process("p2", pages("1.0.0", false)))))
                .isEmpty();
    }

    @Test
    void aVersionAnAbsenceOrAQuarantineOnOneProcessIsShownWithEachProcesssState() {
        assertThat(ClusterView.moduleDifferences(List.of(process("p1", pages("1.1.0", false)), process("p2", pages("1.0.0", false)))))
                .containsExactly("org.communa.modules.pages: p1 1.1.0 ACTIVE, p2 1.0.0 ACTIVE");
        assertThat(ClusterView.moduleDifferences(List.of(process("p1", pages("1.0.0", false)), process("p2"))))
                .containsExactly("org.communa.modules.pages: p1 1.0.0 ACTIVE, p2 absent");
        assertThat(ClusterView.moduleDifferences(List.of(process("p1", pages("1.0.0", true)), process("p2", pages("1.0.0", false)))))
                .containsExactly("org.communa.modules.pages: p1 1.0.0 ACTIVE quarantined, p2 1.0.0 ACTIVE");
    }

    @Test
    void aDescriptorCrossesTheDataGridAsItWas() {
        ProcessDescriptor sent = process("p1", pages("1.0.0", false),
                new ProcessDescriptor.Module("org.example.broken", "0.1.0", "RESOLVED", null, true));
        assertThat(ProcessDescriptor.fromJson(sent.toJson())).isEqualTo(sent);
    }
}
