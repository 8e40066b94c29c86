package org.communa.kernel.json;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.communa.kernel.problem.Problem;

/**
 * Reads a request body as JSON within limits, before anything else sees it. A body nested thousands deep
 * or with millions of members is the client's fault (400) and must never reach a module or a resource as a
 * parser's internal error, which used to be counted against the module and quarantined it for everyone.
 * One streaming pass checks and builds the value, stopping at the first limit crossed, so a hostile body costs at
 * most its size once.
 */
public final class BoundedJson {

    /** How large a body may be as JSON: depth, members of one object or array, characters of one string, values in all. */
    public record Limits(int maxDepth, int maxMembers, int maxStringLength, int maxValues) {
        public static final Limits DEFAULT = new Limits(32, 10_000, 200_000, 100_000);
    }

    private BoundedJson() {
    }

    /** The body as a JSON object, or a 400 problem saying what is wrong with it. */
    public static JsonObject object(byte[] body, Limits limits) {
        return object(utf8(body), limits);
    }

    public static JsonObject object(String body, Limits limits) {
        JsonValue value = value(body, limits);
        if (!(value instanceof JsonObject object)) {
            throw Problem.badRequest("the request body must be a JSON object, not " + kind(value));
        }
        return object;
    }

    public static JsonValue value(byte[] body, Limits limits) {
        return value(utf8(body), limits);
    }

    /** Any JSON value, checked against the limits first; an empty body is refused. */
    public static JsonValue value(String body, Limits limits) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("the request body is empty; a JSON object is expected");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            return read(parser, limits);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw Problem.badRequest("the request body is not valid JSON: " + e.getMessage());
        }
    }

    /** Whether a body someone calls JSON is one (starts like an object or an array): modules read such bodies. */
    public static boolean looksLikeJson(String body) {
        if (body == null) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** An object or array being read: its builder, its members so far, and the key its next member goes under. */
    private static final class Open {
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        int members;
        String key;

        Open(boolean isObject) {
            object = isObject ? JSON.createObjectBuilder() : null;
            array = isObject ? null : JSON.createArrayBuilder();
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    /**
     * Builds the value from the parser's events, refusing at the first limit crossed: one pass, which stops a
     * hostile body after at most its size once (every event counts towards the values).
     */
    private static JsonValue read(JsonParser parser, Limits limits) {
        Deque<Open> open = new ArrayDeque<>();
        JsonValue top = null;
        int events = 0;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (++events > limits.maxValues()) {
                throw tooLarge("more than " + limits.maxValues() + " values");
            }
            switch (event) {
                case KEY_NAME -> open.peek().key = bounded(parser.getString(), limits);
                case START_OBJECT, START_ARRAY -> {
                    countMember(open, limits);
                    if (open.size() >= limits.maxDepth()) {
                        throw tooLarge("nesting deeper than " + limits.maxDepth() + " levels");
                    }
                    open.push(new Open(event == JsonParser.Event.START_OBJECT));
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonValue done = open.pop().build();
                    if (open.isEmpty()) {
                        top = done;
                    } else {
                        open.peek().add(done);
                    }
                }
                default -> {
                    countMember(open, limits);
                    if (event == JsonParser.Event.VALUE_STRING) {
                        bounded(parser.getString(), limits);
                    }
                    JsonValue value = parser.getValue();
                    if (open.isEmpty()) {
                        top = value;
                    } else {
                        open.peek().add(value);
                    }
                }
            }
        }
        if (top == null) {
            throw Problem.badRequest("the request body is not valid JSON: it holds no value");
        }
        return top;
    }

    private static void countMember(Deque<Open> open, Limits limits) {
        if (!open.isEmpty() && ++open.peek().members > limits.maxMembers()) {
            throw tooLarge("an object or array with more than " + limits.maxMembers() + " members");
        }
    }

    private static String bounded(String text, Limits limits) {
        if (text.length() > limits.maxStringLength()) {
            throw tooLarge("a string longer than " + limits.maxStringLength() + " characters");
        }
        return text;
    }

    private static Problem tooLarge(String what) {
        return Problem.badRequest("the request body is refused: it has " + what);
    }

    /** Bytes as UTF-8, refusing invalid sequences rather than replacing them silently. */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("the request body is not valid UTF-8");
        }
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case OBJECT -> "an object";
        };
    }
}
