package dev.dryfruits.notification.sms.control;

import dev.dryfruits.notification.delivery.control.DeliveryFailure;
import dev.dryfruits.notification.delivery.entity.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends SMS through the configured provider. */
@ApplicationScoped
public class SmsSender {

    @Inject
    @Any
    Instance<SmsGateway> gateways;

    @Inject
    @ConfigProperty(name = "dryfruits.sms.provider")
    String provider;

    private SmsGateway gateway;

    @PostConstruct
    void choose() {
        Instance<SmsGateway> named = gateways.select(NamedLiteral.of(provider));
        if (!named.isResolvable()) {
            throw new IllegalStateException("dryfruits.sms.provider=" + provider + " names no SMS provider;"
                    + " use sandbox or http");
        }
        gateway = named.get();
    }

    public void send(Notification notification) throws DeliveryFailure {
        gateway.send(notification.recipient(), notification.message().text(), notification.id());
    }
}
