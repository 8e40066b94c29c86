package org.communa.server.participation;

import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.Participation;
import org.communa.module.api.participation.ResourceInfo;

/** A module's resource resolved for one request: its component, the module's view of it, and the services on it. */
public record ResourceTarget(ModuleManifest manifest, ModuleRequest request, String componentPath, ResourceInfo info) {

    public Participation services() {
        return request.services().participation();
    }

    public UUID componentId() {
        return request.componentId();
    }

    /** Where the resource is shown, for redirections after a form and for notifications. */
    public String url() {
        return componentPath + (info.path().isEmpty() ? "" : "/" + info.path());
    }

    public Map<String, String> title() {
        return info.title();
    }
}
