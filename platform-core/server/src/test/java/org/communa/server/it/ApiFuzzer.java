package org.communa.server.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Sends hostile requests to every operation an OpenAPI document describes, as several callers, with a fixed
 * seed and a bounded budget: malformed bodies (wrong JSON types, deep nesting, huge strings, invalid UTF-8,
 * wrong content types, random bytes), bad and foreign ids, odd parameters. It reports what came back; the
 * tests decide what is acceptable (no 5xx, every refusal a problem+json, nothing written by a refusal).
 */
final class ApiFuzzer {

    /** One operation of the API: its method and path template, parameters and the body types it takes. */
    record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters, List<String> bodyTypes) {
        String name() {
            return method + " " + path;
        }
    }

    /** Who calls: the headers that make them who they are (session cookie, CSRF token, bearer token). */
    record Caller(String name, Map<String, String> headers) {
    }

    /** One request sent and its answer. */
    record Exchange(Operation operation, Caller caller, String method, String target, String bodyKind, boolean askedForHtml,
            int status, String contentType, String answer) {
        String describe() {
            return status + " for " + caller.name() + ": " + method + " " + target + " (" + bodyKind + ") -> "
                    + (answer.length() > 300 ? answer.substring(0, 300) + "..." : answer);
        }
    }

    /** The counts of a run, and the exchanges a test will want to look at. */
    static final class Report {
        int operations;
        int requests;
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final List<Exchange> serverErrors = new ArrayList<>();
        final List<Exchange> refusalsWithoutProblem = new ArrayList<>();
        /** Refusals with no body at all: the HTTP layer's, before the application (a NUL in the path, an 8 kB request line). */
        int refusedBeforeTheApplication;

        long count(int from, int to) {
            return byStatus.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() < to).mapToLong(Map.Entry::getValue).sum();
        }

        String summary() {
            return operations + " operations, " + requests + " requests: " + count(200, 300) + " 2xx, " + count(300, 400) + " 3xx, "
                    + count(400, 500) + " 4xx (" + refusedBeforeTheApplication + " of them by the HTTP layer, with no body), "
                    + count(500, 600) + " 5xx; by status " + byStatus;
        }
    }

    /** Where the requests go: the host to name for an operation (an organisation's, or the system's). */
    interface Hosts {
        String hostFor(Operation operation);
    }

    private static final String[] FIELDS = {"email", "password", "token", "name", "title", "slug", "body", "kind", "primaryHost",
        "module", "settings", "phaseSettings", "projects", "points", "identifier", "locale", "displayName", "language", "at",
        "reason", "source", "startsOn", "endsOn", "scopeId", "published", "theme", "colours", "fr", "en", "id", "parentId",
        "alignment", "value", "audience", "subject", "content", "aliasHosts", "availableLocales", "allowedModules"};
    private static final String[] BODY_KINDS = {"object", "wrong-type", "deep", "huge-string", "invalid-utf8", "malformed",
        "wrong-content-type", "random-bytes", "empty", "many-keys"};

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<String, List<String>> knownValues;
    private final Random random;

    /**
     * @param base the server's address
     * @param knownValues real values by parameter name (ids of another organisation, a space's slug...), mixed
     *                    with invalid ones so that requests also get past the first checks
     */
    ApiFuzzer(URI base, Map<String, List<String>> knownValues, long seed) {
        this.base = base;
        this.knownValues = knownValues;
        this.random = new Random(seed);
    }

    /** Every operation of an OpenAPI document (as JSON). */
    static List<Operation> operations(JsonObject openApi) {
        List<Operation> operations = new ArrayList<>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, spec) -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject operation = spec.asJsonObject();
            List<String> pathParameters = new ArrayList<>();
            List<String> queryParameters = new ArrayList<>();
            for (JsonValue parameter : operation.getJsonArray("parameters") == null ? List.<JsonValue>of()
                    : operation.getJsonArray("parameters")) {
                String in = parameter.asJsonObject().getString("in");
                String name = parameter.asJsonObject().getString("name");
                if (in.equals("path")) {
                    pathParameters.add(name);
                } else if (in.equals("query")) {
                    queryParameters.add(name);
                }
            }
            JsonObject requestBody = operation.getJsonObject("requestBody");
            List<String> types = requestBody == null || requestBody.getJsonObject("content") == null ? List.of()
                    : List.copyOf(requestBody.getJsonObject("content").keySet());
            operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, pathParameters, queryParameters, types));
        }));
        return operations;
    }

    /** Sends requestsEach hostile requests per operation and caller; each operation's batch is wrapped by around. */
    Report run(List<Operation> operations, List<Caller> callers, int requestsEach, Hosts hosts, Around around) {
        Report report = new Report();
        for (Operation operation : operations) {
            report.operations++;
            List<Exchange> batch = new ArrayList<>();
            around.before(operation);
            for (Caller caller : callers) {
                for (int i = 0; i < requestsEach; i++) {
                    Exchange exchange = send(operation, caller, hosts.hostFor(operation));
                    batch.add(exchange);
                    report.requests++;
                    report.byStatus.merge(exchange.status(), 1, Integer::sum);
                    if (exchange.status() >= 500) {
                        report.serverErrors.add(exchange);
                    } else if (exchange.status() >= 400 && exchange.answer().isEmpty()) {
                        report.refusedBeforeTheApplication++;
                    } else if (exchange.status() >= 400 && !exchange.askedForHtml()
                            && !exchange.contentType().startsWith("application/problem+json")) {
                        report.refusalsWithoutProblem.add(exchange);
                    }
                }
            }
            around.after(operation, batch);
        }
        return report;
    }

    /** What a test does around each operation's batch (e.g. checksums of the database before and after). */
    interface Around {
        void before(Operation operation);

        void after(Operation operation, List<Exchange> batch);

        static Around nothing() {
            return new Around() {
                @Override
                public void before(Operation operation) {
                }

                @Override
                public void after(Operation operation, List<Exchange> batch) {
                }
            };
        }
    }

    private Exchange send(Operation operation, Caller caller, String host) {
        String target = target(operation);
        String kind = operation.method().equals("GET") || operation.method().equals("DELETE") ? "none"
                : BODY_KINDS[random.nextInt(BODY_KINDS.length)];
        Body body = body(kind, operation);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target)).timeout(Duration.ofSeconds(60))
                .method(operation.method(), body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .header("Host", host + ":" + base.getPort());
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        caller.headers().forEach(request::header);
        boolean html = false;
        if (random.nextInt(4) == 0) {
            html = random.nextBoolean();
            request.header("Accept", html ? "text/html" : "application/xml");
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(operation, caller, operation.method(), target, kind, html, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), new String(response.body(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // the server closing a connection on a request it refused outright (a body over its limit) is an answer too
            return new Exchange(operation, caller, operation.method(), target, kind, html, 499, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String target(Operation operation) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            int start = path.indexOf("{" + parameter);
            int end = closingBrace(path, start);
            if (start < 0 || end < 0) {
                continue;
            }
            path = path.substring(0, start) + encode(value(parameter, true)) + path.substring(end + 1);
        }
        List<String> query = new ArrayList<>();
        for (String parameter : operation.queryParameters()) {
            if (random.nextBoolean()) {
                query.add(parameter + "=" + encode(value(parameter, false)));
            }
        }
        if (random.nextInt(5) == 0) {
            query.add("lang=" + encode(value("lang", false)));
        }
        return (path.startsWith("/") ? path.substring(1) : path) + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** The brace closing a template parameter, past the braces of its pattern ({kind: people/[0-9a-f-]{36}}). */
    private static int closingBrace(String path, int open) {
        int depth = 0;
        for (int i = Math.max(open, 0); open >= 0 && i < path.length(); i++) {
            if (path.charAt(i) == '{') {
                depth++;
            } else if (path.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String value(String parameter, boolean inPath) {
        List<String> known = knownValues.getOrDefault(parameter, List.of());
        if (!known.isEmpty() && random.nextInt(3) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        String[] odd = {"x", "0", "-1", "99999999999999999999", "00000000-0000-0000-0000-000000000000", java.util.UUID.randomUUID().toString(),
            "../../etc/passwd", "null", "{}", "é\u0000", "<script>alert(1)</script>", "' or 1=1 --", "a".repeat(inPath ? 2_000 : 9_000),
            "%", "\uD83D\uDE00", "2027-13-45", "true", "NaN"};
        return odd[random.nextInt(odd.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Body(byte[] bytes, String contentType) {
    }

    private Body body(String kind, Operation operation) {
        String declared = operation.bodyTypes().isEmpty() ? "application/json" : operation.bodyTypes().get(0);
        if (declared.contains("*")) {
            declared = "application/json";
        }
        return switch (kind) {
            case "none" -> new Body(null, null);
            case "object" -> new Body(utf8(randomObject(3).toString()), declared);
            case "wrong-type" -> new Body(utf8(new String[] {"[]", "null", "\"x\"", "12", "true", "[{}]", "1e999"}[random.nextInt(7)]),
                    declared);
            case "deep" -> new Body(utf8("[".repeat(50_000) + "]".repeat(50_000)), declared);
            case "huge-string" -> new Body(utf8("{\"" + FIELDS[random.nextInt(FIELDS.length)] + "\":\"" + "x".repeat(random.nextBoolean()
                    ? 300_000 : 2_000_000) + "\"}"), declared);
            case "invalid-utf8" -> new Body(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'},
                    declared);
            case "malformed" -> new Body(utf8(new String[] {"{", "{\"a\":}", "{'a':1}", "{\"a\":1}}", "\u0000", "{\"a\":\"\\uZZZZ\"}"}
                    [random.nextInt(6)]), declared);
            case "wrong-content-type" -> new Body(utf8(randomObject(2).toString()), new String[] {"text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "application/json; charset=latin1"}
                    [random.nextInt(6)]);
            case "random-bytes" -> {
                byte[] bytes = new byte[random.nextInt(4_096) + 1];
                random.nextBytes(bytes);
                yield new Body(bytes, declared);
            }
            case "many-keys" -> {
                StringBuilder json = new StringBuilder("{");
                for (int i = 0; i < 20_000; i++) {
                    json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                yield new Body(utf8(json.append('}').toString()), declared);
            }
            default -> new Body(new byte[0], declared);
        };
    }

    private JsonValue randomObject(int depth) {
        var object = jakarta.json.Json.createObjectBuilder();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            String field = FIELDS[random.nextInt(FIELDS.length)];
            object.add(field, randomValue(depth - 1, field));
        }
        return object.build();
    }

    private JsonValue randomValue(int depth, String field) {
        List<String> known = knownValues.getOrDefault(field, List.of());
        return switch (random.nextInt(depth <= 0 ? 6 : 8)) {
            case 0 -> jakarta.json.Json.createValue(known.isEmpty() ? "x" : known.get(random.nextInt(known.size())));
            case 1 -> jakarta.json.Json.createValue(value(field, false));
            case 2 -> jakarta.json.Json.createValue(random.nextInt(2_000_001) - 1_000_000);
            case 3 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 4 -> JsonValue.NULL;
            case 5 -> jakarta.json.Json.createValue(random.nextDouble() * 1e12);
            case 6 -> jakarta.json.Json.createArrayBuilder().add(randomValue(depth - 1, field)).add(randomValue(depth - 1, field)).build();
            default -> randomObject(depth - 1);
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A report's failures, one per line, for an assertion's message. */
    static String describe(List<Exchange> exchanges) {
        Map<String, Exchange> firstByOperation = new LinkedHashMap<>();
        exchanges.forEach(exchange -> firstByOperation.putIfAbsent(exchange.operation().name() + " " + exchange.status(), exchange));
        StringBuilder text = new StringBuilder();
        firstByOperation.values().forEach(exchange -> text.append("\n  ").append(exchange.describe()));
        return text.toString();
    }

    /** The callers' and operations' counts, printed by the tests that run it. */
    static void print(String label, Report report, Consumer<String> out) {
        out.accept(label + ": " + report.summary());
    }
}
