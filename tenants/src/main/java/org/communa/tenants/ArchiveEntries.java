package org.communa.tenants;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.communa.kernel.problem.Problem;

/** Reads the entries of an organisation archive into memory within {@link ArchiveLimits}, refusing with 400 past them. */
final class ArchiveEntries {

    private ArchiveEntries() {
    }

    static Map<String, byte[]> read(InputStream archive, ArchiveLimits limits) {
        Counting compressed = new Counting(archive);
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[65536];
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= limits.maxEntries()) {
                    throw Problem.badRequest("the archive has more than " + limits.maxEntries() + " entries");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    requireWithin(limits, total, compressed.count);
                    content.write(buffer, 0, n);
                }
                entries.put(entry.getName(), content.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw Problem.badRequest("archive is not a readable zip file: " + e.getMessage());
        }
        return entries;
    }

    private static void requireWithin(ArchiveLimits limits, long inflated, long compressed) {
        if (inflated > limits.maxTotalBytes()) {
            throw Problem.badRequest("the archive unpacks to more than " + limits.maxTotalBytes() + " bytes");
        }
        if (inflated > (long) limits.maxRatio() * Math.max(compressed, ArchiveLimits.RATIO_FLOOR_BYTES)) {
            throw Problem.badRequest("the archive unpacks to more than " + limits.maxRatio()
                    + " times its size: it is not an organisation export");
        }
    }

    /** Counts the compressed bytes read so far. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
