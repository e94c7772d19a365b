package dev.dryfruits.quality.accounts.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.accounts.control.SellerAccounts;
import dev.dryfruits.quality.accounts.entity.SellerAccount;
import dev.dryfruits.quality.seeding.control.DemoSellers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The user service's events: which users are sellers, their email and name, whether their account is active. Each
 * event is applied once (the kit's inbox), in one transaction.
 */
@ApplicationScoped
public class UserEventsListener {

    static final String CONSUMER = "quality";

    @Inject
    EventConsumer consumer;

    @Inject
    SellerAccounts accounts;

    @Inject
    DemoSellers demoSellers;

    @Incoming("users")
    public CompletionStage<Void> onUserEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        JsonObject data = event.data();
        switch (event.name()) {
            case "UserRegistered" -> {
                if (isSeller(data)) {
                    SellerAccount seller = describe(data);
                    demoSellers.verifyIfDemo(seller);
                }
            }
            case "UserUpdated" -> {
                if (isSeller(data)) {
                    describe(data);
                }
            }
            case "UserDisabled" -> accounts.setActive(UUID.fromString(data.getString("userId")), false);
            case "UserEnabled" -> accounts.setActive(UUID.fromString(data.getString("userId")), true);
            default -> {
                // Events this service has no use for.
            }
        }
    }

    private SellerAccount describe(JsonObject data) {
        return accounts.describe(UUID.fromString(data.getString("userId")), data.getString("email"),
                data.getString("fullName"));
    }

    private static boolean isSeller(JsonObject data) {
        return Roles.SELLER.equals(data.getString("role", null));
    }
}
