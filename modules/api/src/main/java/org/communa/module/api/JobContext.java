package org.communa.module.api;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;

/** What a job runs with: its organisation and component, the payload it was queued with, and the module's data. */
public interface JobContext {

    UUID organisationId();

    UUID componentId();

    String payload();

    ModuleData data();
}
