package dev.dryfruits.local.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Starts and stops single applications in the running host server, through Liberty's local JMX connector
 * (localConnector-1.0, reachable only from this machine, as this user; its address is in the server's
 * logs/state/com.ibm.ws.jmx.local.address): the application's ApplicationMBean, and the server's
 * ServerEndpointControl, which pauses the application's HTTP endpoint so that it refuses connections while the
 * application is stopped.
 */
public final class HostControl {

    private static final String APPLICATION = "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=";
    private static final String ENDPOINTS = "WebSphere:feature=kernel,name=ServerEndpointControl";

    private final Path addressFile;

    HostControl(Path outputDirectory) {
        this.addressFile = outputDirectory.resolve("logs/state/com.ibm.ws.jmx.local.address");
    }

    /** The application's state (STARTING, STARTED, STOPPING, STOPPED...), or empty while the server cannot be asked. */
    public Optional<String> state(String application) {
        try (JMXConnector connector = connect()) {
            return Optional.of((String) connector.getMBeanServerConnection()
                    .getAttribute(new ObjectName(APPLICATION + application), "State"));
        } catch (IOException | JMException notAnswering) {
            return Optional.empty();
        }
    }

    public void start(String application, String endpoint) throws IOException {
        try (JMXConnector connector = connect()) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            server.invoke(new ObjectName(APPLICATION + application), "start", new Object[0], new String[0]);
            server.invoke(new ObjectName(ENDPOINTS), "resume", new Object[] {endpoint},
                    new String[] {String.class.getName()});
        } catch (JMException refused) {
            throw new IOException("Cannot start " + application + ": " + refused.getMessage(), refused);
        }
    }

    public void stop(String application, String endpoint) throws IOException {
        try (JMXConnector connector = connect()) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            server.invoke(new ObjectName(ENDPOINTS), "pause", new Object[] {endpoint},
                    new String[] {String.class.getName()});
            server.invoke(new ObjectName(APPLICATION + application), "stop", new Object[0], new String[0]);
        } catch (JMException refused) {
            throw new IOException("Cannot stop " + application + ": " + refused.getMessage(), refused);
        }
    }

    private JMXConnector connect() throws IOException {
        if (!Files.exists(addressFile)) {
            throw new IOException("The host server's management connector is not up yet");
        }
        return JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(addressFile).strip()));
    }
}
