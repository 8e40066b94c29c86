package org.communa.server.maps;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.communa.kernel.problem.Problem;

/**
 * A scope's outline as admins import it (from a city's open data, a drawing tool): a GeoJSON Polygon or
 * MultiPolygon, or a Feature or FeatureCollection holding one. Checked before it is stored, so that maps never
 * draw nonsense: positions are [longitude, latitude] within range, rings are closed, the whole stays small.
 */
public final class GeoJsonOutline {

    static final int MAX_POSITIONS = 10_000;

    private GeoJsonOutline() {
    }

    /** The geometry to store, or a 400 naming what is wrong. */
    public static JsonObject geometry(JsonObject geoJson) {
        JsonObject geometry = unwrap(geoJson);
        String type = geometry.getString("type", "");
        JsonValue coordinates = geometry.get("coordinates");
        if (!(coordinates instanceof JsonArray array) || array.isEmpty()) {
            throw Problem.badRequest("the outline needs coordinates").explainedAs("admin.scopes.problem.outline");
        }
        int[] positions = {0};
        switch (type) {
            case "Polygon" -> polygon(array, positions);
            case "MultiPolygon" -> array.forEach(polygon -> polygon(asArray(polygon), positions));
            default -> throw Problem.badRequest("an outline is a GeoJSON Polygon or MultiPolygon, got: " + (type.isEmpty() ? "no type" : type))
                    .explainedAs("admin.scopes.problem.outline");
        }
        return jakarta.json.Json.createObjectBuilder().add("type", type).add("coordinates", array).build();
    }

    private static JsonObject unwrap(JsonObject geoJson) {
        return switch (geoJson.getString("type", "")) {
            case "Feature" -> geoJson.get("geometry") instanceof JsonObject geometry ? geometry
                    : fail("the Feature has no geometry");
            case "FeatureCollection" -> {
                JsonValue features = geoJson.get("features");
                if (!(features instanceof JsonArray list) || list.size() != 1 || !(list.get(0) instanceof JsonObject feature)) {
                    yield fail("a FeatureCollection outline holds exactly one feature");
                }
                yield unwrap(feature);
            }
            default -> geoJson;
        };
    }

    private static void polygon(JsonArray rings, int[] positions) {
        if (rings.isEmpty()) {
            fail("a polygon has at least one ring");
        }
        for (JsonValue ring : rings) {
            JsonArray points = asArray(ring);
            if (points.size() < 4) {
                fail("a ring has at least 4 positions (the first repeated at the end)");
            }
            for (JsonValue point : points) {
                position(asArray(point));
                if (++positions[0] > MAX_POSITIONS) {
                    fail("an outline has at most " + MAX_POSITIONS + " positions; simplify it first");
                }
            }
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                fail("a ring ends where it starts");
            }
        }
    }

    private static void position(JsonArray point) {
        if (point.size() < 2 || !(point.get(0) instanceof JsonNumber lon) || !(point.get(1) instanceof JsonNumber lat)) {
            fail("a position is [longitude, latitude]");
            return;
        }
        if (Math.abs(lon.doubleValue()) > 180 || Math.abs(lat.doubleValue()) > 90) {
            fail("a position is [longitude, latitude] in degrees, got: " + point);
        }
    }

    private static JsonArray asArray(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        return fail("expected an array of coordinates, got: " + value.getValueType());
    }

    private static <T> T fail(String detail) {
        throw Problem.badRequest("outline: " + detail).explainedAs("admin.scopes.problem.outline");
    }
}
