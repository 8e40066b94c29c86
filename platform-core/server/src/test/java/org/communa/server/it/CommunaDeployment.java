package org.communa.server.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the WAR that Maven packaged, as operators run it. */
public final class CommunaDeployment {

    private CommunaDeployment() {
    }

    public static WebArchive war() {
        File war = new File("target/ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/ROOT.war is missing: run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
