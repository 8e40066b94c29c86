package org.communa.modulehost.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class SdkExportsTest {

    @Test
    void readsPackagesAndVersionsFromAnExportHeaderWithUsesDirectives() {
        var packages = SdkExports.parse("org.communa.module.api;version=\"1.1.0\";uses:=\"org.communa.module.api.data,"
                + "org.communa.module.api.http\",org.communa.module.api.data;version=\"1.0.0\",org.example.plain");
        assertThat(packages).containsOnlyKeys("org.communa.module.api", "org.communa.module.api.data", "org.example.plain");
        assertThat(packages.get("org.communa.module.api")).isEqualTo(new Version(1, 1, 0));
        assertThat(packages.get("org.example.plain")).isEqualTo(Version.emptyVersion);
    }

    @Test
    void theHostExportsEveryPackageOfTheSdkItShipsWithTheSdksOwnVersions() {
        assertThat(SdkExports.PACKAGES).containsKeys("org.communa.module.api", "org.communa.module.api.data",
                "org.communa.module.api.http", "org.communa.module.api.settings", "org.communa.module.api.participation",
                "org.communa.module.api.questionnaire", "org.communa.module.api.eligibility");
        assertThat(SdkExports.sdkVersion().getMajor()).isEqualTo(1);
        assertThat(SdkExports.systemPackages()).contains("org.communa.module.api.participation;version=1.2.0")
                .contains("org.communa.module.api.questionnaire;version=1.1.0").contains("org.communa.module.api.http;version=1.3.0")
                .contains("org.communa.module.api.eligibility;version=1.0.0").contains("jakarta.json;");
    }
}
