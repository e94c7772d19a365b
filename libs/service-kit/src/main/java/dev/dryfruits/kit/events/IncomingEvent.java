package dev.dryfruits.kit.events;

/** A record as it arrived from a topic: its key and its raw text, before anything is assumed about it. */
public record IncomingEvent(String topic, String key, String payload) {
}
