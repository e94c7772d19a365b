package dev.dryfruits.order.it;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.PeerStub;
import dev.dryfruits.testing.TestEvents;
import jakarta.json.Json;
import java.util.UUID;

/**
 * What the order service's tests need of the rest of the platform: sellers and listings arriving as events, and the
 * other services (identity, addresses, shipping, fees, stock, payments) stood in for by the peer stub.
 */
final class Shop {

    static final String SHIPPING = "/api/shipping/quotes";
    static final String RESERVATIONS = "/api/inventory/reservations";
    static final String PAYMENTS = "/api/payments";

    private Shop() {
    }

    static PeerStub peers() {
        return ItServerSession.peers();
    }

    /** The identity service issues this service its token; the payment service's fee schedule: customers ship. */
    static String standIn() {
        String serviceToken = ItServerSession.tokens().serviceToken("order", "inventory.reservations",
                "payment.payments");
        peers().answer("/api/auth/token", 200, "{\"access_token\": \"" + serviceToken + "\", \"token_type\":"
                + " \"Bearer\", \"expires_in\": 300, \"scope\": \"inventory.reservations payment.payments\"}");
        peers().answer("/api/fees/schedules/current", 200, "{\"effectiveFrom\": \"2025-04-01\", \"shippingPaidBy\":"
                + " \"CUSTOMER\"}");
        return serviceToken;
    }

    static void seller(UUID id, String name, String gstin, String state, String pincode) {
        TestEvents.send("dryfruits.sellers", id.toString(), TestEvents.envelope("quality", "SellerVerified", id,
                Json.createObjectBuilder().add("sellerId", id.toString()).add("legalName", name).add("gstin", gstin)
                        .add("pan", gstin.substring(2, 12)).add("fssaiLicenseExpiry", "2030-03-31")
                        .add("address", Json.createObjectBuilder().add("line1", "1 Market Road").add("city", "City")
                                .add("state", state).add("postalCode", pincode).add("country", "IN")).build()));
    }

    static String listed(UUID seller, String hsn, String price) {
        return listed(seller, hsn, price, 50);
    }

    /** A pack on sale with this many available. */
    static String listed(UUID seller, String hsn, String price, int available) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID productId = UUID.randomUUID();
        TestEvents.send("dryfruits.products", productId.toString(), TestEvents.envelope("product", "ProductPublished",
                productId, Json.createObjectBuilder().add("productId", productId.toString())
                        .add("sellerId", seller.toString()).add("name", "Pack " + sku).add("category", "almonds")
                        .add("hsn", hsn).add("variants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("sku", sku).add("packGrams", 250).add("price", Json.createObjectBuilder()
                                        .add("amount", price).add("currency", "INR"))
                                .add("shippingGrams", 290).add("lengthCm", 18).add("widthCm", 12)
                                .add("heightCm", 6))).build()));
        TestEvents.send("dryfruits.inventory", sku, TestEvents.envelope("inventory", "StockChanged", sku,
                Json.createObjectBuilder().add("sku", sku).add("available", available).add("version", 1).build()));
        return sku;
    }

    static String address(UUID id, String state, String pincode) {
        String json = "{\"id\": \"" + id + "\", \"recipientName\": \"Asha Verma\", \"line1\": \"12 Marine Drive\","
                + " \"city\": \"Mumbai\", \"state\": \"" + state + "\", \"postalCode\": \"" + pincode + "\","
                + " \"country\": \"IN\"}";
        peers().answer("/api/users/me/addresses/" + id, 200, json);
        return id.toString();
    }

    static void shippingAnswers(String shipping, String cod) {
        peers().answer(SHIPPING, 200, "{\"zone\": \"C\", \"toStateCode\": \"27\", \"toStateName\": \"Maharashtra\","
                + " \"billedWeightGrams\": 500, \"shipping\": {\"amount\": \"" + shipping + "\", \"currency\": \"INR\"},"
                + " \"codCharge\": {\"amount\": \"" + cod + "\", \"currency\": \"INR\"}, \"transitDays\": 5,"
                + " \"rateCardId\": \"" + UUID.randomUUID() + "\"}");
    }

    static String checkout(String addressId, String method) {
        return "{\"addressId\": \"" + addressId + "\", \"paymentMethod\": \"" + method + "\"}";
    }
}
