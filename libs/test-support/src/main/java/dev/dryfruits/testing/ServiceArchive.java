package dev.dryfruits.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The service's own WAR as the build packaged it, for Arquillian to deploy (plus whatever a test adds). */
public final class ServiceArchive {

    private ServiceArchive() {
    }

    public static WebArchive built() {
        File war = new File(System.getProperty("dryfruits.it.war", "target/service.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: run the integration tests through Maven (verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "service.war").importFrom(war).as(WebArchive.class);
    }
}
