package org.communa.module.api.data;

import java.util.List;
import org.communa.module.api.ModuleProblem;

/**
 * Where something happens or would be built: an address as people write it, and optionally the point on a map
 * (WGS 84 latitude and longitude, both or neither). Modules store the three columns, read them back with
 * {@link #of(Row)}, and give the page the points to draw ({@link #mapPoints}): the theme's map partial shows
 * them over the organisation's tiles or scopes' outlines. @since data 1.3
 */
public record Place(String address, Double latitude, Double longitude) {

    public static final int MAX_ADDRESS = 500;

    public Place {
        address = address == null || address.isBlank() ? null : address.strip();
        if (address != null && address.length() > MAX_ADDRESS) {
            throw ModuleProblem.badRequest("address has at most " + MAX_ADDRESS + " characters");
        }
        if ((latitude == null) != (longitude == null)) {
            throw ModuleProblem.badRequest("latitude and longitude go together: give both or neither").explainedAs("problem.place.both");
        }
        if (latitude != null && (!Double.isFinite(latitude) || Math.abs(latitude) > 90 || !Double.isFinite(longitude)
                || Math.abs(longitude) > 180)) {
            throw ModuleProblem.badRequest("latitude is between -90 and 90 and longitude between -180 and 180 (degrees), got: "
                    + latitude + ", " + longitude).explainedAs("problem.place.range");
        }
    }

    /** From a form's or a body's text fields ("" is none); a number that is not one is refused. */
    public static Place of(String address, String latitude, String longitude) {
        return new Place(address, number(latitude, "latitude"), number(longitude, "longitude"));
    }

    /** From a JSON body's "address", "latitude" and "longitude" (numbers, or numbers written as text). */
    public static Place of(jakarta.json.JsonObject json) {
        return new Place(text(json, "address"), number(json, "latitude"), number(json, "longitude"));
    }

    private static String text(jakarta.json.JsonObject json, String name) {
        jakarta.json.JsonValue value = json.get(name);
        if (value == null || value == jakarta.json.JsonValue.NULL) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        throw ModuleProblem.badRequest(name + " must be text");
    }

    private static Double number(jakarta.json.JsonObject json, String name) {
        jakarta.json.JsonValue value = json.get(name);
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.doubleValue();
        }
        return number(text(json, name), name);
    }

    /** From the columns address, latitude, longitude of a row. */
    public static Place of(Row row) {
        return new Place(row.string("address"), decimal(row.get("latitude")), decimal(row.get("longitude")));
    }

    public boolean onMap() {
        return latitude != null;
    }

    /**
     * The points of a page's map as JSON for the theme's map partial ({@code mapPoints} in the view's model):
     * each item's title, address (relative to the component) and position; items without a position are left out.
     */
    public static String mapPoints(List<Point> points) {
        jakarta.json.JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
        points.stream().filter(point -> point.place().onMap()).forEach(point -> array.add(jakarta.json.Json.createObjectBuilder()
                .add("title", point.title()).add("url", point.url()).add("lat", point.place().latitude())
                .add("lon", point.place().longitude())));
        return array.build().toString();
    }

    /** A thing to show on a map: its title, the address of its page, and where it is. */
    public record Point(String title, String url, Place place) {
    }

    private static Double number(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ModuleProblem.badRequest(name + " must be a number of degrees, got: " + text).explainedAs("problem.place.range");
        }
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
