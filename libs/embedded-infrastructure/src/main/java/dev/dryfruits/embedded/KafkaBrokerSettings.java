package dev.dryfruits.embedded;

import java.nio.file.Path;

/**
 * The server.properties of a single Apache Kafka broker in KRaft combined mode (broker and controller in one
 * process), as the local platform and the tests run it from the Kafka jars: plain text on loopback, replication 1,
 * no initial rebalance delay (a consumer that joins starts at once).
 */
public final class KafkaBrokerSettings {

    private KafkaBrokerSettings() {
    }

    /** Formatted once with {@code kafka.tools.StorageTool format -t CLUSTER_ID -c FILE} (without --standalone). */
    public static String serverProperties(String host, int brokerPort, int controllerPort, Path logDirectory) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Only the consumer offsets topic is compacted here: the default 128 MiB buffer would be most of the heap.
                "log.cleaner.dedupe.buffer.size=8388608",
                "");
    }
}
