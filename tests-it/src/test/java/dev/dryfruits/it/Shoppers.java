package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PASSWORD;
import static dev.dryfruits.it.Sellers.as;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Customers as a new user would be one: registered, with an address, a cart, a quote, an order, a payment. */
final class Shoppers {

    static final Duration WITHIN = Duration.ofSeconds(30);

    private Shoppers() {
    }

    record Shopper(String id, String email, String token, String addressId) {
    }

    /** Registered, signed in, with a home address in Mumbai (Maharashtra, 400001). */
    static Shopper newShopper() {
        return newShopper("Maharashtra", "Mumbai", "400001");
    }

    static Shopper newShopper(String state, String city, String pincode) {
        String email = Api.newEmail("shopper");
        String id = Api.register(email, "CUSTOMER");
        String token = Api.login(email, PASSWORD).getString("accessToken");
        String address = as(token).body(Map.of("label", "Home", "recipientName", "Asha Verma", "phone",
                        "+919876543210", "line1", "12 Marine Drive", "city", city, "state", state, "postalCode",
                        pincode, "country", "IN"))
                .post("/api/users/me/addresses").then().statusCode(201).extract().path("id");
        return new Shopper(id, email, token, address);
    }

    /** Puts the packs in the cart (as soon as the order service has heard of their stock). */
    static void fillCart(Shopper shopper, Map<String, Integer> packs) {
        packs.forEach((sku, quantity) -> await().atMost(WITHIN).until(() -> as(shopper.token())
                .body(Map.of("quantity", quantity)).put("/api/cart/lines/" + sku).statusCode() == 200));
    }

    /** The quote for the cart (once the sellers' details have reached checkout). */
    static JsonPath quote(Shopper shopper, String method) {
        return await().atMost(WITHIN).until(() -> as(shopper.token()).body(Map.of("addressId", shopper.addressId(),
                        "paymentMethod", method)).post("/api/checkout/quote").then().extract().response(),
                response -> response.statusCode() == 200).jsonPath();
    }

    /** {@code count} new shoppers, each with these packs in the cart and a quote for them, made four at a time. */
    static List<Shopper> ready(int count, Map<String, Integer> packs, String method) {
        ExecutorService preparing = Executors.newFixedThreadPool(4);
        try {
            List<Future<Shopper>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(preparing.submit(() -> {
                    Shopper shopper = newShopper();
                    fillCart(shopper, packs);
                    quote(shopper, method);
                    return shopper;
                }));
            }
            List<Shopper> shoppers = new ArrayList<>();
            for (Future<Shopper> shopper : made) {
                shoppers.add(shopper.get(2, TimeUnit.MINUTES));
            }
            return shoppers;
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("Could not prepare the shoppers", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } finally {
            preparing.shutdownNow();
        }
    }

    static Map<String, Object> upi(Shopper shopper, String vpa) {
        return Map.of("addressId", shopper.addressId(), "paymentMethod", "UPI", "upi", Map.of("vpa", vpa));
    }

    static Map<String, Object> card(Shopper shopper, String number) {
        return Map.of("addressId", shopper.addressId(), "paymentMethod", "CARD", "card", Map.of("number", number,
                "expiryMonth", 12, "expiryYear", 2031, "cvv", "123"));
    }

    static Response place(Shopper shopper, String idempotencyKey, Map<String, Object> order) {
        return as(shopper.token()).header("Idempotency-Key", idempotencyKey).body(order).post("/api/orders");
    }

    /** Places the order (a new key), expecting it to wait for payment: the order. */
    static JsonPath placed(Shopper shopper, Map<String, Object> order) {
        return place(shopper, UUID.randomUUID().toString(), order).then().statusCode(201).extract().jsonPath();
    }

    /** The customer approves the payment on the processor's page (the sandbox's). */
    static void approve(JsonPath order) {
        RestAssured.given().post(order.getString("payment.nextAction.url") + "/approve").then().statusCode(200);
    }

    static JsonPath awaitOrder(Shopper shopper, String orderId, String status) {
        return await().atMost(WITHIN).until(() -> as(shopper.token()).get("/api/orders/" + orderId).then()
                .statusCode(200).extract().jsonPath(), order -> status.equals(order.getString("status")));
    }
}
