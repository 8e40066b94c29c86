package org.communa.server.federation;

import java.util.UUID;

/**
 * A module resource the organisation published to the fediverse.
 *
 * @param objectId its ActivityPub id ({base}/objects/{component}/{type}/{id})
 * @param actorPath the space actor that published it
 * @param componentPath the component's page address, to which the resource's own path is relative
 */
public record FederatedResource(String objectId, UUID componentId, String type, String id, String actorPath, String componentPath,
        String moduleKey, boolean deleted) {

}
