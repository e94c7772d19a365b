package dev.dryfruits.kit.health;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this application has fully started, as Liberty itself says it: the State of the application's
 * ApplicationMBean (the transition that logs CWWKZ0001I).
 * <p>
 * Which MBean is this application's: Liberty names it after the application ({@code <webApplication name>}), which is
 * the service's name ({@code dryfruits.service.name}) wherever the platform deploys a service, its own server or the
 * local host server; a server without an application of that name (a test deployment, a stand-in running another
 * service's application in a server of its own) names it after the module, java:app/AppName. (java:app/AppName
 * alone is not enough: it is the module's name, and two applications of one WAR in one server share it.)
 */
public final class ApplicationState {

    private static final String MBEAN = "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=";

    private ApplicationState() {
    }

    public static boolean isStarted() {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        try {
            Optional<ObjectName> mine = mbeanOf(mbeans, ConfigProvider.getConfig()
                    .getOptionalValue("dryfruits.service.name", String.class));
            if (mine.isEmpty()) {
                mine = mbeanOf(mbeans, Optional.of((String) new InitialContext().lookup("java:app/AppName")));
            }
            return mine.isPresent() && "STARTED".equals(mbeans.getAttribute(mine.get(), "State"));
        } catch (NamingException | JMException | IllegalStateException notYet) {
            return false;
        }
    }

    private static Optional<ObjectName> mbeanOf(MBeanServer mbeans, Optional<String> application) throws JMException {
        if (application.isEmpty()) {
            return Optional.empty();
        }
        ObjectName name = new ObjectName(MBEAN + application.get());
        return mbeans.isRegistered(name) ? Optional.of(name) : Optional.empty();
    }
}
