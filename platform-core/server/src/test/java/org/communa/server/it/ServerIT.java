package org.communa.server.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration test classes: each class gets one Payara Micro process running the packaged
 * WAR, and talks to it over real HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ServerIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CommunaDeployment.war();
    }

    Http http() {
        return new Http(base);
    }

    Scenario scenario() {
        return new Scenario(http());
    }
}
