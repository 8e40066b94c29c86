package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.communa.kernel.tenant.TenantId;

/** Finds what the organisation published by its ActivityPub id (a reply's inReplyTo, a Like's object...). */
@ApplicationScoped
public class FederatedResources {

    @Inject Federation federation;

    public Optional<FederatedResource> byObjectId(TenantId tenant, String objectId) {
        if (objectId == null) {
            return Optional.empty();
        }
        int fragment = objectId.indexOf('#');
        String id = fragment < 0 ? objectId : objectId.substring(0, fragment);
        return federation.data(tenant).read(sql -> sql.first("select o.object_id, o.component_id, o.resource_type, o.resource_id, "
                + "o.actor_path, o.deleted, c.module_key, s.kind, s.slug from federation_objects o join components c on c.id = o.component_id "
                + "join spaces s on s.id = c.space_id where o.object_id = ?", id)).map(row -> new FederatedResource(row.string("object_id"),
                row.uuid("component_id"), row.string("resource_type"), row.string("resource_id"), row.string("actor_path"),
                ("process".equals(row.string("kind")) ? "/processes/" : "/assemblies/") + row.string("slug") + "/c/" + row.uuid("component_id"),
                row.string("module_key"), Boolean.TRUE.equals(row.bool("deleted"))));
    }
}
