package org.communa.modulehost.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communa.module.api.HostServices;
import org.osgi.framework.Version;

/**
 * The module SDK packages this host exports to bundles, with their versions read from the SDK jar's
 * own Export-Package (written by bnd from each package's {@code @Version}): what modules compile
 * against and what the host offers can never drift apart.
 */
public final class SdkExports {

    private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*\"?([0-9.]+)\"?");
    public static final Map<String, Version> PACKAGES = read();

    private SdkExports() {
    }

    /** The framework's extra system packages: the SDK, and JSON-P, the one Jakarta API modules need. */
    public static String systemPackages() {
        List<String> exports = new ArrayList<>();
        PACKAGES.forEach((name, version) -> exports.add(name + ";version=" + version));
        exports.add("jakarta.json;version=2.1.0");
        exports.add("jakarta.json.spi;version=2.1.0");
        exports.add("jakarta.json.stream;version=2.1.0");
        return String.join(",", exports);
    }

    /** The version of the SDK's main package: what "this host provides the module SDK x" means. */
    public static Version sdkVersion() {
        return PACKAGES.get("org.communa.module.api");
    }

    public static Map<String, Version> parse(String exportPackage) {
        Map<String, Version> packages = new LinkedHashMap<>();
        for (String clause : clauses(exportPackage)) {
            String name = clause.split(";", 2)[0].strip();
            Matcher version = VERSION.matcher(clause);
            packages.put(name, version.find() ? new Version(version.group(1)) : Version.emptyVersion);
        }
        return Collections.unmodifiableMap(packages);
    }

    /** Splits a manifest header at the commas that separate clauses (not those inside quoted "uses" lists). */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static Map<String, Version> read() {
        URL self = HostServices.class.getResource("HostServices.class");
        String text = String.valueOf(self);
        String manifest = text.substring(0, text.length() - "org/communa/module/api/HostServices.class".length()) + "META-INF/MANIFEST.MF";
        try (InputStream in = new URL(manifest).openStream()) {
            String exports = new Manifest(in).getMainAttributes().getValue("Export-Package");
            if (exports == null) {
                throw new IllegalStateException("the module SDK at " + manifest + " has no Export-Package: it was not built by bnd");
            }
            return parse(exports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module SDK's manifest at " + manifest, e);
        }
    }
}
