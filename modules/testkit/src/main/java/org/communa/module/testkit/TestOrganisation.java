package org.communa.module.testkit;

import java.util.UUID;

/** An organisation the kit created, with one published space holding one component of the module. */
public record TestOrganisation(UUID id, String spaceSlug, UUID componentId) {
}
