package org.communa.modulehost;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.http.Route;

/**
 * The OpenAPI paths of the running modules' routes, from their own route tables: what each does, who may
 * call it, its parameters, the body it takes and what it answers, and the problems the host answers for
 * it. Two modules serving the same path (every module answers GET on the component's URL) share one
 * operation whose description says what each does: the component's module decides which one runs.
 */
public final class ModuleOpenApi {

    /** Where every component's routes start. */
    public static final String COMPONENT_PATH = "/api/spaces/{slug}/c/{componentId}";
    /** The problem answer the host gives for module routes, under components.responses. */
    public static final String PROBLEM_RESPONSE = "ModuleProblem";
    private static final List<String> PROBLEMS = List.of("400", "401", "403", "404", "409", "413", "503");

    private ModuleOpenApi() {
    }

    /** What is wrong with the way a module describes its routes, as the test kit reports it; empty when nothing. */
    public static List<String> faults(ModuleManifest manifest) {
        List<String> faults = new ArrayList<>();
        for (Route route : manifest.routes()) {
            String name = manifest.key() + ": " + route.method() + " " + (route.template().isEmpty() ? "(component index)" : route.template());
            if (route.summary().isEmpty()) {
                faults.add(name + " has no description (Route.describedAs)");
            }
            route.requestSchema().ifPresent(schema -> schemaFault(schema).ifPresent(f -> faults.add(name + ": the body it accepts " + f)));
            route.responseSchema().ifPresent(schema -> schemaFault(schema).ifPresent(f -> faults.add(name + ": what it returns " + f)));
            for (String parameter : parameters(route)) {
                if (parameter.equals("slug") || parameter.equals("componentId")) {
                    faults.add(name + ": the path parameter {" + parameter + "} is the host's; name it otherwise");
                }
            }
        }
        return faults;
    }

    /** Keywords of later JSON Schema drafts that OpenAPI 3.0's schema objects (what /openapi is) do not have. */
    private static final List<String> NOT_IN_OPENAPI_30 = List.of("propertyNames", "const", "$defs", "prefixItems", "if", "then",
            "else", "dependentRequired", "dependentSchemas", "unevaluatedProperties", "contains", "examples");

    private static Optional<String> schemaFault(String schema) {
        Optional<JsonObject> parsed = parsed(schema);
        if (parsed.isEmpty()) {
            return Optional.of("is not a JSON Schema object: " + schema);
        }
        return dialectFault(parsed.get());
    }

    /** A schema object of OpenAPI 3.0: one type per schema (nullable: true for null), none of the later keywords. */
    private static Optional<String> dialectFault(JsonValue value) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("type") && object.get("type").getValueType() != JsonValue.ValueType.STRING) {
                return Optional.of("has a type that is not one name (OpenAPI 3.0: \"type\": \"integer\", \"nullable\": true): " + object);
            }
            for (String keyword : NOT_IN_OPENAPI_30) {
                if (object.containsKey(keyword)) {
                    return Optional.of("uses " + keyword + ", which OpenAPI 3.0 schemas do not have: " + object);
                }
            }
            // property names are the module's own words, not keywords: only the schemas under them are looked at
            for (var entry : object.entrySet()) {
                Optional<String> fault = entry.getKey().equals("properties") && entry.getValue() instanceof JsonObject properties
                        ? properties.values().stream().map(ModuleOpenApi::dialectFault).flatMap(Optional::stream).findFirst()
                        : dialectFault(entry.getValue());
                if (fault.isPresent()) {
                    return fault;
                }
            }
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(ModuleOpenApi::dialectFault).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /** The paths object of the given modules' routes. */
    public static JsonObject paths(List<ModuleManifest> modules) {
        Map<String, Map<String, List<Described>>> byPath = new LinkedHashMap<>();
        modules.stream().sorted(Comparator.comparing(ModuleManifest::key)).forEach(manifest -> manifest.routes().forEach(route ->
                byPath.computeIfAbsent(path(route), p -> new LinkedHashMap<>())
                        .computeIfAbsent(route.method().toLowerCase(Locale.ROOT), m -> new ArrayList<>())
                        .add(new Described(manifest, route))));
        JsonObjectBuilder paths = JSON.createObjectBuilder();
        byPath.forEach((path, methods) -> {
            JsonObjectBuilder item = JSON.createObjectBuilder();
            methods.forEach((method, routes) -> item.add(method, operation(path, method, routes)));
            paths.add(path, item);
        });
        return paths.build();
    }

    /** The problem answer every module operation refers to. */
    public static JsonObject problemResponse() {
        JsonObject schema = JSON.createObjectBuilder().add("type", "object")
                .add("required", JSON.createArrayBuilder().add("title").add("status"))
                .add("properties", JSON.createObjectBuilder()
                        .add("type", JSON.createObjectBuilder().add("type", "string"))
                        .add("title", JSON.createObjectBuilder().add("type", "string"))
                        .add("status", JSON.createObjectBuilder().add("type", "integer"))
                        .add("detail", JSON.createObjectBuilder().add("type", "string"))
                        .add("instance", JSON.createObjectBuilder().add("type", "string"))).build();
        return JSON.createObjectBuilder()
                .add("description", "Refused (RFC 9457): bad input, not signed in, not allowed (role, phase, verification), "
                        + "unknown resource, conflict, body too large, or the module is unavailable; detail says which")
                .add("content", JSON.createObjectBuilder().add("application/problem+json", JSON.createObjectBuilder().add("schema", schema)))
                .build();
    }

    private record Described(ModuleManifest manifest, Route route) {
    }

    static String path(Route route) {
        return route.template().isEmpty() ? COMPONENT_PATH : COMPONENT_PATH + "/" + route.template();
    }

    private static List<String> parameters(Route route) {
        List<String> names = new ArrayList<>();
        for (String segment : route.template().split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    private static JsonObject operation(String path, String method, List<Described> routes) {
        Described first = routes.get(0);
        JsonObjectBuilder operation = JSON.createObjectBuilder();
        JsonArrayBuilder tags = JSON.createArrayBuilder();
        routes.forEach(r -> tags.add("module: " + r.manifest().key()));
        operation.add("tags", tags);
        if (routes.size() == 1) {
            operation.add("operationId", operationId(first.manifest().key(), method, first.route().template()));
            operation.add("summary", summary(first));
            operation.add("description", description(first));
            operation.add("x-communa-module", first.manifest().key());
            operation.add("x-communa-access", access(first.route()));
        } else {
            operation.add("operationId", operationId("component", method, first.route().template()));
            operation.add("summary", "Depends on the component's module: " + String.join("; ",
                    routes.stream().map(r -> r.manifest().key() + ": " + summary(r)).toList()));
            operation.add("description", String.join("\n\n", routes.stream().map(ModuleOpenApi::description).toList()));
        }
        JsonArrayBuilder parameters = JSON.createArrayBuilder()
                .add(parameter("slug", "path", "the space's slug", false))
                .add(parameter("componentId", "path", "the component", true));
        parameters(first.route()).forEach(name -> parameters.add(parameter(name, "path", "in the module's route", false)));
        parameters.add(parameter("lang", "query", "language of the answer (fr, en, ca, es)", false));
        operation.add("parameters", parameters);
        List<JsonObject> requests = routes.stream().map(r -> requestBody(r.route())).flatMap(Optional::stream).toList();
        if (!requests.isEmpty()) {
            operation.add("requestBody", requests.size() == 1 ? requests.get(0) : oneOf(routes, true));
        }
        JsonObjectBuilder responses = JSON.createObjectBuilder();
        Map<Integer, List<Described>> byStatus = new LinkedHashMap<>();
        routes.forEach(r -> byStatus.computeIfAbsent(r.route().successStatus(), s -> new ArrayList<>()).add(r));
        byStatus.forEach((status, answering) -> responses.add(String.valueOf(status),
                answering.size() == 1 ? response(answering.get(0).route()) : oneOf(answering, false)));
        PROBLEMS.forEach(status -> responses.add(status, JSON.createObjectBuilder()
                .add("$ref", "#/components/responses/" + PROBLEM_RESPONSE)));
        operation.add("responses", responses);
        return operation.build();
    }

    private static String summary(Described described) {
        return described.route().summary().orElse("Undescribed route of the module " + described.manifest().key());
    }

    private static String description(Described d) {
        String names = d.manifest().names().getOrDefault("en", d.manifest().key());
        return "Module " + d.manifest().key() + " (" + names + ", " + d.manifest().version() + "): " + summary(d) + ". Who may call it: "
                + who(d.manifest(), d.route()) + ". A browser asking for text/html gets the module's page, forms post the same fields.";
    }

    private static String access(Route route) {
        return route.access().orElse(Route.EVERYONE);
    }

    private static String who(ModuleManifest manifest, Route route) {
        String access = access(route);
        if (access.equals(Route.EVERYONE)) {
            return "everyone who may see the component";
        }
        if (access.equals(Route.SIGNED_IN)) {
            return "signed-in participants";
        }
        return manifest.actions().stream().filter(a -> a.key().equals(access)).findFirst()
                .map(a -> "the action " + a.key() + ": role " + a.requiredRole()
                        + (a.enabledBy() == null ? "" : ", while the phase setting " + a.enabledBy() + " is on")
                        + (a.verification() == null ? "" : ", with the verification " + a.verification()))
                .orElse(access);
    }

    private static String operationId(String prefix, String method, String template) {
        String words = template.isEmpty() ? "index" : template.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_");
        return prefix.replace('-', '_') + "_" + method + "_" + words;
    }

    private static JsonObject parameter(String name, String in, String description, boolean uuid) {
        JsonObjectBuilder schema = JSON.createObjectBuilder().add("type", "string");
        if (uuid) {
            schema.add("format", "uuid");
        }
        JsonObjectBuilder parameter = JSON.createObjectBuilder().add("name", name).add("in", in).add("description", description)
                .add("schema", schema);
        if (in.equals("path")) {
            parameter.add("required", true);
        }
        return parameter.build();
    }

    private static Optional<JsonObject> requestBody(Route route) {
        return route.requestMediaType().map(mediaType -> JSON.createObjectBuilder().add("required", true)
                .add("content", JSON.createObjectBuilder().add(mediaType, mediaObject(route.requestSchema(), mediaType))).build());
    }

    private static JsonObject response(Route route) {
        return JSON.createObjectBuilder().add("description", route.summary().orElse("done"))
                .add("content", JSON.createObjectBuilder().add(route.responseMediaType(),
                        mediaObject(route.responseSchema(), route.responseMediaType()))).build();
    }

    /** Several modules on one path: each one's body or answer, as alternatives. */
    private static JsonObject oneOf(List<Described> routes, boolean request) {
        JsonArrayBuilder alternatives = JSON.createArrayBuilder();
        String mediaType = "application/json";
        for (Described d : routes) {
            Optional<String> schema = request ? d.route().requestSchema() : d.route().responseSchema();
            alternatives.add(schema.flatMap(ModuleOpenApi::parsed).orElse(anyObject()));
        }
        JsonObjectBuilder media = JSON.createObjectBuilder().add("schema", JSON.createObjectBuilder().add("oneOf", alternatives));
        JsonObjectBuilder body = JSON.createObjectBuilder().add("content", JSON.createObjectBuilder().add(mediaType, media));
        return request ? body.add("required", true).build() : body.add("description", "depends on the component's module").build();
    }

    private static JsonObject mediaObject(Optional<String> schema, String mediaType) {
        JsonValue parsed = schema.flatMap(ModuleOpenApi::parsed).map(JsonValue.class::cast)
                .orElse(mediaType.endsWith("json") ? anyObject() : JSON.createObjectBuilder().add("type", "string").build());
        return JSON.createObjectBuilder().add("schema", parsed).build();
    }

    private static JsonObject anyObject() {
        return JSON.createObjectBuilder().add("type", "object").build();
    }

    private static Optional<JsonObject> parsed(String schema) {
        try (var reader = JSON.createReader(new StringReader(schema))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
