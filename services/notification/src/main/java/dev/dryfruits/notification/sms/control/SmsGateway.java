package dev.dryfruits.notification.sms.control;

import dev.dryfruits.notification.delivery.control.DeliveryFailure;
import java.util.UUID;

/**
 * An SMS provider. Which one runs is configuration ({@code dryfruits.sms.provider}): {@code sandbox} or {@code http};
 * each implementation is a bean named after its provider.
 */
public interface SmsGateway {

    void send(String phone, String text, UUID reference) throws DeliveryFailure;
}
