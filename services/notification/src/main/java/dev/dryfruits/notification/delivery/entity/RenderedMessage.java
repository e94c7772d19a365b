package dev.dryfruits.notification.delivery.entity;

/** A message ready to send: a subject (email only), the plain text, and the HTML (email only). */
public record RenderedMessage(String subject, String text, String html) {
}
