package org.communa.module.api.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route of a request among a module's routes and calls it. The host dispatches with it, and
 * so do module unit tests, so a route behaves the same in a test as on a server.
 */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The module's answer, or 404 when no route serves the path, 405 when only the method is wrong. */
    public ModuleResponse dispatch(ModuleRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(request.method(), request.path());
            if (parameters.isPresent()) {
                return route.handler().handle(request.withPathParameters(parameters.get()));
            }
            pathKnown |= route.match(route.method(), request.path()).isPresent();
        }
        return pathKnown ? ModuleResponse.problem(405, request.method() + " is not allowed on " + request.path())
                : ModuleResponse.problem(404, "this component has no page " + request.path());
    }
}
