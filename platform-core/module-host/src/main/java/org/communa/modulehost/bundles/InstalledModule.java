package org.communa.modulehost.bundles;

/**
 * A bundle in the module host as system admins see it: its identity, OSGi state, the module it
 * declares (once active), the trusted publisher that signed it, and the error that quarantined it, if any.
 */
public record InstalledModule(long bundleId, String symbolicName, String version, String vendor, String state,
        String moduleKey, String moduleVersion, java.util.Map<String, String> names, String signedBy, String error) {

    public boolean quarantined() {
        return error != null;
    }
}
