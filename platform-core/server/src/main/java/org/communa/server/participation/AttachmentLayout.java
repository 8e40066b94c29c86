package org.communa.server.participation;

import java.nio.file.Path;
import java.util.UUID;

/** Where attachments' files lie: one directory per organisation under the files directory, one file per attachment, named by its id. */
final class AttachmentLayout {

    private AttachmentLayout() {
    }

    static Path directory(Path filesDirectory, UUID organisation) {
        return filesDirectory.resolve(organisation.toString());
    }

    static Path file(Path filesDirectory, UUID organisation, UUID attachment) {
        return directory(filesDirectory, organisation).resolve(attachment.toString());
    }
}
