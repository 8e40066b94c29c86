package org.communa.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A listed set of an organisation's API reads, as a visitor and as one of its participants sees them, with
 * every module's components and one resource of each: what must read the same after an export and an import
 * on another instance. Ids, times, hosts and ports differ between two copies, so they are replaced by
 * placeholders, and lists are compared as sets (an order by id differs too); everything else must be equal.
 */
final class OrganisationSnapshot {

    /** How each shipped module's index lists its resources, and where one of them is read. */
    private record ModuleReads(String indexQuery, String listField, String key, String detail) {
    }

    private static final Map<String, ModuleReads> MODULES = Map.of(
            "pages", new ModuleReads("", "pages", "slug", "pages/%s"),
            "proposals", new ModuleReads("?order=recent", "items", "id", "proposals/%s"),
            "budgets", new ModuleReads("", "budgets", "id", "budgets/%s"),
            "meetings", new ModuleReads("", "items", "id", "meetings/%s"),
            "surveys", new ModuleReads("", "items", "id", "surveys/%s"));

    private OrganisationSnapshot() {
    }

    /** The reads, by what was read: a visitor's and, through member, one participant's, including their "download my data". */
    static Map<String, String> of(Http http, String host, Scenario.Session member, String spaceSlug) {
        Map<String, String> reads = new TreeMap<>();
        List<String> hosts = List.of(host);
        reads.put("spaces", read(http.to(host, "GET", "api/spaces"), hosts));
        reads.put("space", read(http.to(host, "GET", "api/spaces/" + spaceSlug), hosts));
        reads.put("phases", read(http.to(host, "GET", "api/spaces/" + spaceSlug + "/phases"), hosts));
        reads.put("scopes", read(http.to(host, "GET", "api/scopes"), hosts));
        String components = read(http.to(host, "GET", "api/spaces/" + spaceSlug + "/components"), hosts);
        reads.put("components", components);
        JsonArray listed = Json.createReader(new StringReader(body(http.to(host, "GET", "api/spaces/" + spaceSlug + "/components")))).readArray();
        for (JsonObject component : listed.getValuesAs(JsonObject.class)) {
            String module = component.getString("module");
            ModuleReads how = MODULES.get(module);
            if (how == null) {
                throw new IllegalStateException("no listed reads for the module " + module + ": add them here");
            }
            String base = "api/spaces/" + spaceSlug + "/c/" + component.getString("id");
            String label = module + " " + component.getJsonObject("name").getString("fr", "");
            String index = body(member.call("GET", base + how.indexQuery()));
            reads.put(label + " index (participant)", normalised(index, hosts));
            reads.put(label + " index (visitor)", read(http.to(host, "GET", base + how.indexQuery()), hosts));
            JsonArray resources = Json.createReader(new StringReader(index)).readObject().getJsonArray(how.listField());
            for (JsonObject resource : resources.getValuesAs(JsonObject.class)) {
                String key = resource.getString(how.key());
                reads.put(label + " " + normalised(resource.toString(), hosts).hashCode(),
                        normalised(body(member.call("GET", base + "/" + String.format(how.detail(), key))), hosts));
            }
        }
        JsonObject mine = Json.createReader(new StringReader(body(member.call("GET", "api/account/data")))).readObject();
        reads.put("my data: modules", normalised(mine.get("modules").toString(), hosts));
        reads.put("my data: participation", normalised(mine.get("participation") == null ? "null" : mine.get("participation").toString(), hosts));
        return reads;
    }

    private static String read(Http.Request request, List<String> hosts) {
        return normalised(body(request), hosts);
    }

    private static String body(Http.Request request) {
        Http.Reply reply = request.send();
        if (reply.status() != 200) {
            throw new IllegalStateException("a listed read answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    /** The JSON with ids, times, hosts and ports as placeholders, object keys sorted and arrays as sorted sets. */
    static String normalised(String json, List<String> hosts) {
        String text = json;
        for (String host : hosts) {
            text = text.replace(host, "<host>");
        }
        text = text.replaceAll("(localhost|127\\.0\\.0\\.1):[0-9]{2,5}", "<server>");
        return canonical(Json.createReader(new StringReader(text)).readValue()).toString();
    }

    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder sorted = Json.createObjectBuilder();
            // a random list order's seed is drawn per request
            new TreeMap<>(object).forEach((key, inner) -> sorted.add(placeholders(key), key.equals("seed") ? JsonValue.NULL : canonical(inner)));
            return sorted.build();
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> items = new ArrayList<>();
            array.forEach(item -> items.add(canonical(item)));
            items.sort(Comparator.comparing(JsonValue::toString));
            JsonArrayBuilder sorted = Json.createArrayBuilder();
            items.forEach(sorted::add);
            return sorted.build();
        }
        if (value instanceof JsonString string) {
            return Json.createValue(placeholders(string.getString()));
        }
        return value;
    }

    /** Ids (also as keys: ballots by project id) and times as placeholders. */
    private static String placeholders(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})?", "<time>");
    }
}
