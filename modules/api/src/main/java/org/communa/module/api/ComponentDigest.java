package org.communa.module.api;

import java.util.List;

/**
 * What a component shows of itself on its space's page, under its name: a few items people may act on now
 * (the next meetings, the open surveys), so that the space lists them without a visit to each component.
 *
 * @param items at most a handful, in the order to show them
 * @since 1.4
 */
public record ComponentDigest(List<Item> items) {

    public ComponentDigest {
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param title its title
     * @param path where it is, relative to the component's address
     * @param when an ISO 8601 date and time shown in the organisation's time zone (a start, a closing), or null
     * @param state a key of the module's messages under "MODULE.digest." (e.g. "open"), or null
     */
    public record Item(String title, String path, String when, String state) {
    }

    /** How a module makes its digest, from a visitor's request on the component (what it shows is public). */
    @FunctionalInterface
    public interface Provider {
        ComponentDigest digest(org.communa.module.api.http.ModuleRequest request);
    }
}
