package dev.dryfruits.quality.accounts.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.accounts.control.SellerAccounts;
import dev.dryfruits.quality.accounts.entity.UserEvents.UserDisabled;
import dev.dryfruits.quality.accounts.entity.UserEvents.UserEnabled;
import dev.dryfruits.quality.accounts.entity.UserEvents.UserRegistered;
import dev.dryfruits.quality.accounts.entity.UserEvents.UserUpdated;
import dev.dryfruits.quality.seeding.control.DemoSellers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
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

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(UserRegistered.class, this::registered)
            .on(UserUpdated.class, this::updated)
            .on(UserDisabled.class, user -> accounts.setActive(user.userId(), false))
            .on(UserEnabled.class, user -> accounts.setActive(user.userId(), true));

    @Incoming("users")
    public CompletionStage<Void> onUserEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }

    void registered(UserRegistered user) {
        if (Roles.SELLER.equals(user.role())) {
            demoSellers.verifyIfDemo(accounts.describe(user.userId(), user.email(), user.fullName()));
        }
    }

    void updated(UserUpdated user) {
        if (Roles.SELLER.equals(user.role())) {
            accounts.describe(user.userId(), user.email(), user.fullName());
        }
    }
}
