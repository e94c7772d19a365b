package dev.dryfruits.notification.deadletters.boundary;

import dev.dryfruits.kit.events.DeadLetterMessage;
import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.notification.deadletters.control.DeadLetterArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Archives what arrives on the dead-letter topic (kept once per dead letter, so a redelivery changes nothing). A
 * record that is not a dead letter is logged and skipped: dead letters of dead letters would only go round in circles.
 */
@ApplicationScoped
public class DeadLetterListener {

    static final String CONSUMER = "notification-dead-letters";

    @Inject
    EventConsumer consumer;

    @Inject
    DeadLetterArchive archive;

    @Incoming("dead-letters")
    public CompletionStage<Void> onDeadLetter(Message<String> message) {
        return consumer.consumePlain(message, CONSUMER, payload -> archive.keep(DeadLetterMessage.parse(payload)));
    }
}
