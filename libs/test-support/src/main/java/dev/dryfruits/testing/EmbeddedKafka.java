package dev.dryfruits.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import dev.dryfruits.embedded.KafkaBrokerSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one process) for a test run, started from the Kafka
 * jars on the test's own class path. It can be stopped and started again on the same data and ports, to test what
 * happens while Kafka is away.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int brokerPort;
    private final int controllerPort;
    private Process process;

    private EmbeddedKafka(Path directory, int brokerPort, int controllerPort) {
        this.directory = directory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    public static EmbeddedKafka start(Path directory) {
        try {
            Files.createDirectories(directory);
            EmbeddedKafka kafka = new EmbeddedKafka(directory, freePort(), freePort());
            kafka.writeConfiguration();
            kafka.run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                    kafka.configFile().toString())).waitFor(60, TimeUnit.SECONDS);
            kafka.start();
            return kafka;
        } catch (IOException failed) {
            throw new UncheckedIOException("Kafka did not start", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Starts the broker again after {@link #stop()}, on the same data and ports, and waits until it answers. */
    public void start() {
        try {
            process = run(List.of("kafka.Kafka", configFile().toString()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IllegalStateException("Kafka did not start; see " + directory.resolve("kafka.log"));
            }
            pause(500);
        }
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "1500");
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(client)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Process run(List<String> mainAndArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.xml"),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile())).start();
    }

    private void writeConfiguration() throws IOException {
        Files.writeString(configFile(), KafkaBrokerSettings.serverProperties("127.0.0.1", brokerPort, controllerPort,
                directory.resolve("data")));
        Files.writeString(directory.resolve("log4j2.xml"), """
                <Configuration status="WARN" shutdownHook="disable">
                  <Appenders><Console name="OUT" target="SYSTEM_OUT"><PatternLayout pattern="[%d] %p %m (%c)%n"/></Console></Appenders>
                  <Loggers><Logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
                    <Root level="INFO"><AppenderRef ref="OUT"/></Root></Loggers>
                </Configuration>
                """);
    }

    private Path configFile() {
        return directory.resolve("server.properties");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
