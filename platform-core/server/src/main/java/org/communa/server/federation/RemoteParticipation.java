package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.Platform;

/** Participation on a published resource in the name of the participant standing for a remote actor. */
@ApplicationScoped
public class RemoteParticipation {

    @Inject Platform platform;

    ParticipationScope scope(TenantId tenant, FederatedResource resource, UUID participant) {
        var data = platform.moduleConnections().host(tenant, new ActionContext(resource.moduleKey(), resource.componentId(),
                participant));
        return new ParticipationScope(data, resource.componentId(), participant);
    }
}
