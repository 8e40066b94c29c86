package org.communa.server.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.communa.kernel.problem.Problem;
import org.junit.jupiter.api.Test;

/** What admins may give maps: outlines that draw, and a tile server pages may load images from. */
class MapsTest {

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static final String SQUARE = "[[[4.8,45.7],[4.9,45.7],[4.9,45.8],[4.8,45.8],[4.8,45.7]]]";

    @Test
    void outlinesArePolygonsOfClosedRingsInDegreesFromAGeometryAFeatureOrACollectionOfOne() {
        assertThat(GeoJsonOutline.geometry(json("{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}")).getString("type")).isEqualTo("Polygon");
        assertThat(GeoJsonOutline.geometry(json("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":[" + SQUARE + "]}}")).getString("type")).isEqualTo("MultiPolygon");
        assertThat(GeoJsonOutline.geometry(json("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}]}")).toString()).doesNotContain("Feature");
        refused("{\"type\":\"Point\",\"coordinates\":[4.8,45.7]}", "Polygon or MultiPolygon");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[4.8,45.7],[4.9,45.7],[4.9,45.8],[4.8,45.8]]]}", "ends where it starts");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[45.7,4.8],[45.7,190],[45.8,4.9],[45.7,4.8]]]}", "[longitude, latitude]");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[\"4.8\",45.7],[4.9,45.7],[4.9,45.8],[\"4.8\",45.7]]]}", "[longitude, latitude]");
        refused("{\"type\":\"FeatureCollection\",\"features\":[]}", "exactly one feature");
        StringBuilder ring = new StringBuilder("[[0,0]");
        for (int i = 1; i <= GeoJsonOutline.MAX_POSITIONS; i++) {
            ring.append(",[").append(i % 90).append(",1]");
        }
        refused("{\"type\":\"Polygon\",\"coordinates\":[" + ring.append(",[0,0]]") + "]}", "at most " + GeoJsonOutline.MAX_POSITIONS);
    }

    @Test
    void aTileServerIsAnHttpsAddressWithItsAttributionAndOpensImagesFromItsHostOnly() {
        MapSettings osm = new MapSettings("https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png", "© OpenStreetMap");
        assertThat(osm.imageOrigin()).isEqualTo("https://*.tile.openstreetmap.fr");
        assertThat(new MapSettings("https://tiles.example.org:8443/{z}/{x}/{y}.png", "© x").imageOrigin())
                .isEqualTo("https://tiles.example.org:8443");
        assertThat(new MapSettings(" ", "").imageOrigin()).isNull();
        for (String bad : new String[] {"http://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.example.org/{z}/{x}.png",
                "https://tile.example.org/{z}/{x}/{y}.png\" onerror=\"x", "https://a b/{z}/{x}/{y}", "javascript:alert(1)//{z}{x}{y}"}) {
            assertThatThrownBy(() -> new MapSettings(bad, "© x")).isInstanceOf(Problem.class).hasMessageContaining("mapTiles");
        }
        assertThatThrownBy(() -> new MapSettings("https://tile.openstreetmap.org/{z}/{x}/{y}.png", null))
                .isInstanceOf(Problem.class).hasMessageContaining("mapAttribution");
    }

    private static void refused(String geoJson, String detail) {
        assertThatThrownBy(() -> GeoJsonOutline.geometry(json(geoJson))).isInstanceOf(Problem.class).hasMessageContaining(detail);
    }
}
