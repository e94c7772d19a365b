package dev.dryfruits.notification.deadletters.boundary;

import dev.dryfruits.notification.deadletters.control.DeadLetterArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Archives what arrives on the dead-letter topic. A record that cannot even be archived is logged and skipped:
 * dead letters of dead letters would only go round in circles.
 */
@ApplicationScoped
public class DeadLetterListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterListener.class.getName());

    @Inject
    DeadLetterArchive archive;

    @Incoming("dead-letters")
    public CompletionStage<Void> onDeadLetter(Message<String> message) {
        try {
            JsonObject deadLetter = Json.createReader(new StringReader(message.getPayload())).readObject();
            archive.keep(deadLetter);
        } catch (JsonException | IllegalStateException | ClassCastException | NullPointerException unreadable) {
            LOG.log(Level.SEVERE, "Skipping an unreadable dead letter: " + message.getPayload(), unreadable);
        }
        return message.ack();
    }
}
