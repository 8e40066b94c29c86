package org.communa.server.http;

import jakarta.inject.Inject;
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
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.problem.Problem;
import org.communa.server.platform.CommunaSettings;

/**
 * Reads every JSON body a resource takes as JSON-P (object, array, value) within the instance's limits, in
 * place of the container's reader: a body of the wrong JSON type ("[]" for an object) used to fail as the
 * resource method was invoked, past the exception mappers, as a 500 with the container's error page.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class BoundedJsonBodies implements MessageBodyReader<JsonValue> {

    @Inject CommunaSettings settings;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(Class<JsonValue> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            return null; // no body: resources whose body is optional take null, the others refuse it by name
        }
        JsonValue value = BoundedJson.value(bytes, settings.jsonLimits());
        if (!type.isInstance(value)) {
            throw Problem.badRequest("the request body must be a JSON " + expected(type) + ", not " + value.getValueType()
                    .toString().toLowerCase(java.util.Locale.ROOT));
        }
        return value;
    }

    private static String expected(Class<?> type) {
        return jakarta.json.JsonObject.class.isAssignableFrom(type) ? "object"
                : jakarta.json.JsonArray.class.isAssignableFrom(type) ? "array" : "value";
    }
}
