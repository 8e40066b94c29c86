package org.communa.server.federation;

import java.util.UUID;

/** A remote actor as this organisation knows it: where to deliver to it, and who stands for it here. */
public record RemoteActor(String id, String keyId, String publicPem, String inbox, String sharedInbox, String handle, String name,
        UUID participantId) {

    /** Deliveries to several actors of one server go once to its shared inbox when it has one. */
    public String deliveryInbox() {
        return sharedInbox != null ? sharedInbox : inbox;
    }
}
