package org.communa.module.api.participation;

import java.util.List;

/**
 * Images and PDF attached to a resource. Participants upload them through the host's routes (the
 * resource's author, or an admin); the host checks the type from the bytes, the size and the count.
 */
public interface Attachments {

    /** The resource's attachments, oldest first. */
    List<AttachmentView> list(String type, String id);
}
