package dev.dryfruits.payment.processor.entity;

import java.util.Optional;

/** A webhook from the processor, its signature verified: the event's id and type and the entity it is about. */
public record ProcessorNotice(String eventId, String type, Optional<ProviderPayment> payment,
                              Optional<ProviderRefund> refund) {
}
