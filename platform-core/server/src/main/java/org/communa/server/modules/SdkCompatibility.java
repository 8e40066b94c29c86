package org.communa.server.modules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Refuses, before installing, a bundle built against an SDK this host does not provide (for example a
 * module compiled against SDK 2.x on a 1.y host), with a message that says what it needs.
 */
final class SdkCompatibility {

    static final Version HOST_SDK = new Version(1, 0, 0);
    private static final Pattern SDK_IMPORT = Pattern.compile(
            "(org\\.communa\\.module\\.api(?:\\.[a-z]+)*)\\s*;[^,]*?version\\s*=\\s*\"([^\"]+)\"");

    private SdkCompatibility() {
    }

    static void check(String symbolicName, String importPackage) {
        if (importPackage == null) {
            return;
        }
        Matcher m = SDK_IMPORT.matcher(importPackage);
        while (m.find()) {
            VersionRange range = new VersionRange(m.group(2));
            if (!range.includes(HOST_SDK)) {
                throw Problem.badRequest("module " + symbolicName + " needs " + m.group(1) + " version " + range
                        + ", but this host provides the module SDK " + HOST_SDK + ": rebuild it against SDK 1.x or upgrade the host");
            }
        }
    }
}
