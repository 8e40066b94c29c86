package org.communa.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The pom of a module built outside this repository: no parent, every version spelled out (those this
 * launcher was built with, from versions.properties), the SDK provided by the instance, the test kit for
 * its tests, and a `sign` profile for its publisher's key.
 */
final class StandalonePom {

    private final String key;
    private final String name;

    StandalonePom(String key, String name) {
        this.key = key;
        this.name = name;
    }

    String text() {
        String pom = resource("standalone-module-pom.xml");
        Properties versions = new Properties();
        try (InputStream in = StandalonePom.class.getResourceAsStream("versions.properties")) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String version : versions.stringPropertyNames()) {
            pom = pom.replace("@" + version + "@", versions.getProperty(version));
        }
        return pom.replace("@GROUP@", "org.example")
                .replace("@ARTIFACT@", "communa-module-" + key)
                .replace("@NAME@", xml("Communa module: " + name))
                .replace("@SYMBOLIC_NAME@", "org.communa.modules." + key.replace("-", ""));
    }

    private static String resource(String file) {
        try (InputStream in = StandalonePom.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
