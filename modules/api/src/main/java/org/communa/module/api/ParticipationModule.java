package org.communa.module.api;

/**
 * The service a module bundle registers (as a Declarative Services component) to join the host.
 * Everything the module is and does is declared in its manifest.
 */
public interface ParticipationModule {

    ModuleManifest manifest();
}
