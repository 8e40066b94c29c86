package org.communa.modulehost.bundles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Refuses, before installing, a bundle built against an SDK this host does not provide (for example a
 * module compiled against SDK 2.x on a 1.y host), with a message that says what it needs.
 */
public final class SdkCompatibility {

    private static final Pattern SDK_IMPORT = Pattern.compile(
            "(org\\.communa\\.module\\.api(?:\\.[a-z]+)*)\\s*;[^,]*?version\\s*=\\s*\"([^\"]+)\"");

    private SdkCompatibility() {
    }

    public static void check(String symbolicName, String importPackage) {
        if (importPackage == null) {
            return;
        }
        Matcher m = SDK_IMPORT.matcher(importPackage);
        while (m.find()) {
            VersionRange range = new VersionRange(m.group(2));
            Version provided = SdkExports.PACKAGES.get(m.group(1));
            if (provided == null || !range.includes(provided)) {
                throw Problem.badRequest("module " + symbolicName + " needs " + m.group(1) + " version " + range
                        + ", but this host provides " + (provided == null ? "no such package" : provided) + " (module SDK "
                        + SdkExports.sdkVersion() + "): rebuild it against this SDK or upgrade the host");
            }
        }
    }
}
