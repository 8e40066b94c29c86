package org.communa.module.api;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;

/** What a job runs with: its organisation and component, the payload it was queued with, and the module's data. */
public interface JobContext {

    UUID organisationId();

    UUID componentId();

    String payload();

    ModuleData data();

    /** Tells the organisation's participants, from the job (a reminder, say), as the component's notifications do. @since 1.8 */
    default org.communa.module.api.participation.Notifications notifications() {
        throw new UnsupportedOperationException("this host gives jobs no notifications (SDK 1.8)");
    }
}
