package dev.dryfruits.kit.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record as it arrived from a topic: where it was, its key and its raw text, before anything is assumed about it. */
public record IncomingEvent(String topic, int partition, long offset, String key, String payload) {

    /** From the Kafka record under a Reactive Messaging message: {@code message.unwrap(ConsumerRecord.class)}. */
    public static IncomingEvent of(ConsumerRecord<?, ?> record) {
        return new IncomingEvent(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(),
                record.value() == null ? null : record.value().toString());
    }
}
