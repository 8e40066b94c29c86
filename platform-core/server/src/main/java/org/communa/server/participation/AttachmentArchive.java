package org.communa.server.participation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.communa.tenants.OrganisationFiles;

/**
 * Attachments' files in an organisation's export and import: the files of the organisation's directory
 * (AttachmentLayout, as AttachmentFiles stores them), each named by its attachment's id ("attachments/ID" in the archive).
 */
public final class AttachmentArchive implements OrganisationFiles {

    private static final String KIND = "attachments";
    private final Path filesDirectory;

    public AttachmentArchive(Path filesDirectory) {
        this.filesDirectory = filesDirectory;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Map<String, Path> list(UUID organisation) {
        Path directory = AttachmentLayout.directory(filesDirectory, organisation);
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            // uploads still being written (upload-*.part) are named by no row yet
            entries.filter(Files::isRegularFile).filter(f -> isId(f.getFileName().toString()))
                    .forEach(f -> files.put(KIND + "/" + f.getFileName(), f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of organisation " + organisation, e);
        }
        return files;
    }

    @Override
    public void restore(UUID organisation, String name, byte[] content) {
        String id = name.substring(KIND.length() + 1);
        if (!name.startsWith(KIND + "/") || !isId(id)) {
            throw new IllegalArgumentException("not an attachment's file: " + name);
        }
        Path file = AttachmentLayout.file(filesDirectory, organisation, UUID.fromString(id));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + id + " of organisation " + organisation, e);
        }
    }

    private static boolean isId(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
