package org.communa.server.maps;

import org.communa.kernel.problem.Problem;

/**
 * The organisation's tile server: an https address with {z}, {x} and {y} (and optionally {s} for the server's
 * subdomains), with the attribution its licence asks for. None by default: then no participant's browser
 * asks a third party for anything, and maps show points over the scopes' outlines.
 */
public record MapSettings(String tiles, String attribution) {

    public static final MapSettings NONE = new MapSettings(null, null);

    public MapSettings {
        tiles = tiles == null || tiles.isBlank() ? null : tiles.strip();
        attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        if (tiles != null) {
            if (tiles.length() > 300 || !tiles.matches("https://[A-Za-z0-9.{}-]+(:[0-9]{1,5})?/[^\\s\"<>]*")
                    || !tiles.contains("{z}") || !tiles.contains("{x}") || !tiles.contains("{y}")) {
                throw Problem.badRequest("mapTiles is an https address with {z}, {x} and {y}, e.g. "
                        + "https://tile.openstreetmap.org/{z}/{x}/{y}.png, got: " + tiles).explainedAs("admin.settings.problem.mapTiles");
            }
            if (attribution == null) {
                throw Problem.badRequest("mapAttribution is required with a tile server: its licence asks for it "
                        + "(e.g. © OpenStreetMap contributors)").explainedAs("admin.settings.problem.mapAttribution");
            }
        }
        if (attribution != null && attribution.length() > 300) {
            throw Problem.badRequest("mapAttribution has at most 300 characters");
        }
    }

    /**
     * The origin pages must allow images from (the Content-Security-Policy), "{s}." standing for any subdomain;
     * null without tiles.
     */
    public String imageOrigin() {
        if (tiles == null) {
            return null;
        }
        String authority = tiles.substring("https://".length()).split("/", 2)[0];
        return "https://" + authority.replace("{s}", "*");
    }
}
