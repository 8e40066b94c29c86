package org.communa.server.http;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.problem.Problem;
import org.communa.server.platform.CommunaSettings;

/**
 * Reads every JSON body a resource takes as JSON-P (object, array, structure, value) within the instance's
 * limits, in place of the container's reader: a body of the wrong JSON type ("[]" for an object) used to fail
 * as the resource method was invoked, past the exception mappers, as a 500 with the container's error page.
 * One reader per exact type: the container prefers the reader whose type is nearest the parameter's.
 */
public final class BoundedJsonBodies {

    private BoundedJsonBodies() {
    }

    /** Reads one JSON-P type; no body gives null (resources whose body is optional take it, the others refuse it). */
    abstract static class Reader<T extends JsonValue> implements MessageBodyReader<T> {
        @Inject CommunaSettings settings;
        private final Class<T> type;
        private final String expected;

        Reader(Class<T> type, String expected) {
            this.type = type;
            this.expected = expected;
        }

        @Override
        public boolean isReadable(Class<?> wanted, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return wanted == type;
        }

        @Override
        public T readFrom(Class<T> wanted, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, String> headers, InputStream body) throws IOException {
            byte[] bytes = body.readAllBytes();
            if (bytes.length == 0) {
                return null;
            }
            JsonValue value = BoundedJson.value(bytes, settings.jsonLimits());
            if (!type.isInstance(value)) {
                throw Problem.badRequest("the request body must be " + expected + ", not "
                        + value.getValueType().toString().toLowerCase(Locale.ROOT));
            }
            return type.cast(value);
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ForObject extends Reader<JsonObject> {
        public ForObject() {
            super(JsonObject.class, "a JSON object");
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ForArray extends Reader<JsonArray> {
        public ForArray() {
            super(JsonArray.class, "a JSON array");
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ForStructure extends Reader<JsonStructure> {
        public ForStructure() {
            super(JsonStructure.class, "a JSON object or array");
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ForValue extends Reader<JsonValue> {
        public ForValue() {
            super(JsonValue.class, "JSON");
        }
    }
}
