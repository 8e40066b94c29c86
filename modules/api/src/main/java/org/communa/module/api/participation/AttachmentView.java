package org.communa.module.api.participation;

/**
 * A file attached to a resource: its id, its name as the participant gave it (cleaned), its type as
 * read from its content, its size, and where the host serves it.
 */
public record AttachmentView(String id, String fileName, String contentType, long sizeBytes, String url) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
