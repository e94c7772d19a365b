package dev.dryfruits.local.component;

import dev.dryfruits.embedded.KafkaBrokerSettings;
import dev.dryfruits.local.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * An Apache Kafka broker in KRaft mode (broker and controller in one process), run from the Kafka jars.
 * Its log directory is formatted once; topics and offsets survive restarts.
 * DRYFRUITS_EXTERNAL_KAFKA=host:port uses an existing cluster instead.
 */
public class KafkaComponent extends Component {

    public static final String NAME = "kafka";

    public KafkaComponent(Settings settings) {
        super(settings, NAME, Kind.INFRASTRUCTURE);
    }

    public String bootstrapServers() {
        return settings.external(NAME).orElseGet(() -> settings.bindHost() + ":" + brokerPort());
    }

    private int brokerPort() {
        return settings.port("kafka", 19092);
    }

    private int controllerPort() {
        return settings.port("kafka-controller", 19093);
    }

    @Override
    public boolean isExternal() {
        return settings.external(NAME).isPresent();
    }

    @Override
    public Map<String, Integer> ports() {
        return isExternal() ? Map.of() : Map.of("broker", brokerPort(), "controller", controllerPort());
    }

    @Override
    public Map<String, String> urls() {
        return Map.of("bootstrapServers", bootstrapServers());
    }

    @Override
    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(marker());
        command.addAll(javaOptions());
        command.addAll(List.of("kafka.Kafka", configFile().toString()));
        return command;
    }

    private List<String> javaOptions() {
        return List.of("-Xms128m", "-Xmx256m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + settings.config().resolve("kafka-log4j2.xml"),
                "-cp", settings.launcherLibraries() + "/*");
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        Files.createDirectories(settings.config());
        Files.writeString(configFile(), serverProperties());
        try (InputStream log4j = KafkaComponent.class.getResourceAsStream("/dev/dryfruits/local/kafka-log4j2.xml")) {
            Files.copy(log4j, settings.config().resolve("kafka-log4j2.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(logDirectory().resolve("meta.properties"))) {
            format();
        }
    }

    /** Formats the log directory once, with a new cluster id (without --standalone: the voters are static). */
    private void format() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions());
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", configFile().toString()));
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve(NAME + ".log").toFile()))
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IOException("Formatting the Kafka log directory failed; see " + settings.logs() + "/kafka.log");
        }
    }

    private String serverProperties() {
        return "# Written by ./dryfruits at every start; edit the launcher, not this file.\n"
                + KafkaBrokerSettings.serverProperties(settings.bindHost(), brokerPort(), controllerPort(), logDirectory());
    }

    @Override
    public boolean isReady() {
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        client.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        if (!isExternal() && !Probes.portOpen(settings.bindHost(), brokerPort())) {
            return false;
        }
        try (Admin admin = Admin.create(client)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                    .get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    private Path configFile() {
        return settings.config().resolve("kafka.properties");
    }

    private Path logDirectory() {
        return settings.data().resolve("kafka");
    }
}
