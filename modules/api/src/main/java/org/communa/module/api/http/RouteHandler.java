package org.communa.module.api.http;

/** The code behind one route of a module. */
@FunctionalInterface
public interface RouteHandler {
    ModuleResponse handle(ModuleRequest request);
}
