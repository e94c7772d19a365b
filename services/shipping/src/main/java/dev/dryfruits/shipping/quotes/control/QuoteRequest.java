package dev.dryfruits.shipping.quotes.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * The body of POST /api/shipping/quotes, not yet checked: one shipment (a seller's packs for one order, packed
 * together) from the seller's pickup pincode to the delivery pincode.
 */
public record QuoteRequest(String fromPincode, String toPincode, String toState, String paymentMethod,
                           MoneyView collectOnDelivery, List<Parcel> parcels) {

    public static final Currency INR = Currency.getInstance("INR");
    static final Set<String> PAYMENT_METHODS = Set.of("UPI", "CARD", "NETBANKING", "COD");
    static final int MAX_DIMENSION_CM = 150;
    static final int MAX_QUANTITY = 100;

    /** A box of the shipment: its shipping weight and outer dimensions, and how many such boxes. */
    public record Parcel(Integer weightGrams, Integer lengthCm, Integer widthCm, Integer heightCm, Integer quantity) {
    }

    record Checked(String fromPincode, String toPincode, String toState, boolean cashOnDelivery, Money collect,
                   long actualGrams, long cubicCentimetres) {
    }

    Checked validated(int maxParcels, int maxParcelGrams) {
        FieldCheck check = new FieldCheck();
        String from = pincode(check, "fromPincode", fromPincode);
        String to = pincode(check, "toPincode", toPincode);
        String state = check.optionalText("toState", toState, 100);
        String method = paymentMethod == null ? null : paymentMethod.strip();
        if (method == null || !PAYMENT_METHODS.contains(method)) {
            check.violation("paymentMethod", "must be one of UPI, CARD, NETBANKING, COD");
        }
        boolean cod = "COD".equals(method);
        Money collect = check.money("collectOnDelivery", collectOnDelivery, INR, cod);
        if (!cod && collectOnDelivery != null) {
            check.violation("collectOnDelivery", "is only for paymentMethod COD");
        }
        long grams = 0;
        long volume = 0;
        if (parcels == null || parcels.isEmpty() || parcels.size() > maxParcels) {
            check.violation("parcels", "must list 1 to " + maxParcels + " parcels");
        } else {
            List<String> fields = new ArrayList<>();
            for (int index = 0; index < parcels.size(); index++) {
                Parcel parcel = parcels.get(index);
                String field = "parcels[" + index + "]";
                fields.add(field);
                if (parcel == null) {
                    check.violation(field, "is required");
                    continue;
                }
                int weight = check.integer(field + ".weightGrams", parcel.weightGrams(), 1, maxParcelGrams);
                int length = check.integer(field + ".lengthCm", parcel.lengthCm(), 1, MAX_DIMENSION_CM);
                int width = check.integer(field + ".widthCm", parcel.widthCm(), 1, MAX_DIMENSION_CM);
                int height = check.integer(field + ".heightCm", parcel.heightCm(), 1, MAX_DIMENSION_CM);
                int count = parcel.quantity() == null ? 1
                        : check.integer(field + ".quantity", parcel.quantity(), 1, MAX_QUANTITY);
                grams += (long) weight * count;
                volume += (long) length * width * height * count;
            }
        }
        check.throwIfAny();
        return new Checked(from, to, state, cod, collect, grams, volume);
    }

    private static String pincode(FieldCheck check, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (!PincodeArea.isPincode(text)) {
            check.violation(field, text.isEmpty() ? "is required" : "must be a six-digit Indian pincode");
            return null;
        }
        return text;
    }
}
