package org.communa.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.communa.kernel.problem.Problem;
import org.junit.jupiter.api.Test;

/** An organisation archive unpacks within its limits or is refused with a 400 naming the limit; never into all memory. */
class ArchiveEntriesTest {

    @Test
    void anExportUnpacksToItsEntries() throws IOException {
        byte[] zip = zip(Map.of("manifest.json", "{\"format\":\"communa\"}", "tables/spaces.json", "[]"));
        Map<String, byte[]> entries = ArchiveEntries.read(new ByteArrayInputStream(zip), ArchiveLimits.DEFAULT);
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"communa\"}");
        assertThat(new String(entries.get("tables/spaces.json"), StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void aZipBombIsRefusedAfterItsFirstMegabytesNotAfterFillingTheHeap() throws IOException {
        // 256 MB of zeros deflate to about 256 kB, a ratio of about 1000 to 1: refused after about 50 MB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("tables/spaces.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        long before = usedHeap();
        assertThatThrownBy(() -> ArchiveEntries.read(new ByteArrayInputStream(bytes.toByteArray()), ArchiveLimits.DEFAULT))
                .isInstanceOf(Problem.class).hasMessageContaining("unpacks to more than 100 times its size");
        assertThat(usedHeap() - before).isLessThan(200L << 20);
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws IOException {
        ArchiveLimits small = new ArchiveLimits(3, 1_000, 1_000_000);
        byte[] many = zip(Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
        assertThatThrownBy(() -> ArchiveEntries.read(new ByteArrayInputStream(many), small)).isInstanceOf(Problem.class)
                .hasMessageContaining("more than 3 entries");
        byte[] big = zip(Map.of("a", "x".repeat(1_001)));
        assertThatThrownBy(() -> ArchiveEntries.read(new ByteArrayInputStream(big), small)).isInstanceOf(Problem.class)
                .hasMessageContaining("unpacks to more than 1000 bytes");
    }

    @Test
    void somethingThatIsNoZipIsAClearRefusal() {
        assertThat(ArchiveEntries.read(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), ArchiveLimits.DEFAULT))
                .isEmpty();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
