package org.communa.kernel.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the process. jakarta.json.Json looks the provider up again on every call
 * (through the OSGi and service loaders), which profiling showed to cost more than the database work of
 * a request; code uses this constant instead.
 */
public final class JsonFactory {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonFactory() {
    }
}
