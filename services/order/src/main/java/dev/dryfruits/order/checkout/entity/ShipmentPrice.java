package dev.dryfruits.order.checkout.entity;

import java.util.List;
import java.util.UUID;

/** The shipping service: the question (one shipment) and its answer (the fields used). */
public final class ShipmentPrice {

    private ShipmentPrice() {
    }

    public record Amount(String amount, String currency) {
    }

    public record Parcel(int weightGrams, int lengthCm, int widthCm, int heightCm, int quantity) {
    }

    public record Request(String fromPincode, String toPincode, String toState, String paymentMethod,
                          Amount collectOnDelivery, List<Parcel> parcels) {
    }

    public record Answer(String zone, String toStateCode, String toStateName, long billedWeightGrams,
                         Amount shipping, Amount codCharge, int transitDays, UUID rateCardId) {
    }
}
