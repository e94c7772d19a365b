package dev.dryfruits.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger on Liberty with a real PostgreSQL and Kafka broker: orders confirmed and cancelled arrive as the order
 * service's events, and each seller's part becomes one balanced entry of sale, fees, GST on fees, TCS and TDS.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    private RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private static String admin() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "admin@example.com", "ADMIN");
    }

    private static JsonObjectBuilder money(String amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "INR");
    }

    private static JsonObjectBuilder subOrder(UUID id, UUID seller, String state, boolean pan, String category,
                                              int quantity, String unitPrice, String lineTotal, String taxable,
                                              String shipping) {
        return Json.createObjectBuilder().add("subOrderId", id.toString()).add("sellerId", seller.toString())
                .add("sellerStateCode", state).add("sellerHasPan", pan)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "SKU-" + category)
                        .add("category", category).add("quantity", quantity).add("unitPrice", money(unitPrice))
                        .add("lineTotal", money(lineTotal)).add("taxableValue", money(taxable))))
                .add("shipping", money(shipping)).add("codFee", money("0.00")).add("shippingPaidBy", "CUSTOMER")
                .add("carrierCharge", money(shipping));
    }

    @Test
    void eachSellersPartIsSplitIntoEarningsFeesAndTaxesAndACancellationUndoesIt() {
        UUID orderId = UUID.randomUUID();
        UUID mumbai = UUID.randomUUID();
        UUID bengaluru = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // Paid by card, delivered in Maharashtra (27): one seller there with a PAN, one in Karnataka (29, the
        // platform's own state) without one.
        TestEvents.send("dryfruits.orders", orderId.toString(), TestEvents.envelope("order", "OrderConfirmed", orderId,
                Json.createObjectBuilder().add("orderId", orderId.toString()).add("paymentMethod", "CARD")
                        .add("paymentId", UUID.randomUUID().toString()).add("placedAt", Instant.now().toString())
                        .add("placeOfSupplyCode", "27")
                        .add("subOrders", Json.createArrayBuilder()
                                .add(subOrder(first, mumbai, "27", true, "almonds", 2, "349.00", "698.00", "664.76",
                                        "45.00"))
                                .add(subOrder(second, bengaluru, "29", false, "cashews", 1, "549.00", "549.00",
                                        "522.86", "50.00"))).build()));

        JsonPath statement = await().atMost(WITHIN).until(() -> as(seller(mumbai)).get("api/sellers/me/ledger").then()
                .statusCode(200).extract().jsonPath(), found -> found.getList("entries").size() >= 8);
        // 698.00 sold; commission 8 % = 55.84; closing fee 2 x 10.00; collection 2 % of 743.00 = 14.86; IGST 18 % on
        // 90.70 of fees = 16.33; TCS within Maharashtra 0.25 % + 0.25 % of 664.76 = 1.66 + 1.66; TDS 0.1 % = 0.66.
        assertThat(lines(statement)).containsExactly(
                Map.entry("Sale: 2 packs", "698.00"),
                Map.entry("Commission", "-55.84"),
                Map.entry("Closing fee", "-20.00"),
                Map.entry("Collection fee (2 %, CARD)", "-14.86"),
                Map.entry("GST on fees: IGST 18 %", "-16.33"),
                Map.entry("TCS (CGST Act s.52): CGST 0.25 %", "-1.66"),
                Map.entry("TCS (CGST Act s.52): SGST 0.25 %", "-1.66"),
                Map.entry("TDS (Income-tax Act s.194-O): 0.1 %", "-0.66"));
        assertThat(statement.getString("balance.amount")).isEqualTo("586.99");

        // From Karnataka, the platform's own state: CGST + SGST 9 % each on fees; TCS across states is IGST; no PAN:
        // TDS 5 %. 549.00 - 43.92 - 20.00 - 11.98 - 6.83 - 6.83 - 2.61 - 26.14 = 430.69.
        JsonPath other = as(admin()).get("api/admin/ledger/sellers/" + bengaluru).then().statusCode(200)
                .extract().jsonPath();
        assertThat(lines(other)).contains(Map.entry("GST on fees: CGST 9 %", "-6.83"),
                Map.entry("GST on fees: SGST 9 %", "-6.83"), Map.entry("TCS (CGST Act s.52): IGST 0.5 %", "-2.61"),
                Map.entry("TDS (Income-tax Act s.194-O): 5 %", "-26.14"));
        assertThat(other.getString("balance.amount")).isEqualTo("430.69");

        JsonPath trial = as(admin()).get("api/admin/ledger/trial-balance").then().statusCode(200)
                .body("balanced", equalTo(true)).extract().jsonPath();
        assertThat(trial.getString("totals[0].debits.amount")).isEqualTo(trial.getString("totals[0].credits.amount"));

        // The same event again (a redelivery with a new id, even) posts nothing more: sales are keyed by sub-order.
        TestEvents.send("dryfruits.orders", orderId.toString(), TestEvents.envelope("order", "OrderCancelled", orderId,
                Json.createObjectBuilder().add("orderId", orderId.toString()).add("reason", "Cancelled by the customer")
                        .add("subOrders", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("subOrderId", first.toString())
                                        .add("sellerId", mumbai.toString()))
                                .add(Json.createObjectBuilder().add("subOrderId", second.toString())
                                        .add("sellerId", bengaluru.toString()))).build()));
        JsonPath undone = await().atMost(WITHIN).until(() -> as(seller(mumbai)).get("api/sellers/me/ledger").then()
                .statusCode(200).extract().jsonPath(), found -> found.getList("entries").size() >= 16);
        assertThat(undone.getString("balance.amount")).isEqualTo("0.00");
        assertThat(undone.getList("entries.kind")).containsOnly("SALE", "SALE_REVERSAL");
        List<String> kinds = as(admin()).get("api/admin/ledger/orders/" + orderId).then().statusCode(200).extract()
                .jsonPath().getList("kind");
        assertThat(kinds).containsExactlyInAnyOrder("SALE", "SALE", "SALE_REVERSAL", "SALE_REVERSAL");

        // A period before the sale shows nothing; the account's entries page through.
        String yesterday = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();
        as(seller(mumbai)).queryParam("to", yesterday).get("api/sellers/me/ledger").then().statusCode(200)
                .body("entries.size()", equalTo(0)).body("balance.amount", equalTo("0.00"));
        as(seller(mumbai)).queryParam("from", "yesterday").get("api/sellers/me/ledger").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(admin()).get("api/admin/ledger/accounts/tds-payable/entries?size=2").then().statusCode(200)
                .body("items.size()", equalTo(2));
        as(seller(mumbai)).get("api/admin/ledger/trial-balance").then().statusCode(403);
    }

    @Test
    void feeSchedulesArePublicAndOnlyEverAddedForTheFuture() {
        RestAssured.given().baseUri(base.toString()).get("api/fees/schedules/current").then().statusCode(200)
                .body("inForce", equalTo(true)).body("shippingPaidBy", equalTo("CUSTOMER"))
                .body("commissions.find { it.category == 'almonds' }.commissionBp", equalTo(800))
                .body("collectionFees.find { it.method == 'UPI' }.collectionBp", equalTo(0));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(30).toString();
        Map<String, Object> schedule = Map.of("effectiveFrom", tomorrow, "defaultCommissionBp", 1000,
                "shippingPaidBy", "SELLER", "commissions", List.of(Map.of("category", "almonds", "commissionBp", 700)),
                "closingFees", List.of(Map.of("upToPaise", 50000, "feePaise", 800), Map.of("feePaise", 2500)),
                "collectionFees", List.of(Map.of("method", "CARD", "collectionBp", 180)),
                "source", "Festive season schedule");
        String id = as(admin()).body(schedule).post("api/admin/fees/schedules").then().statusCode(201)
                .body("closingFees.feePaise", equalTo(List.of(800, 2500))).extract().path("id");
        RestAssured.given().baseUri(base.toString()).get("api/fees/schedules/" + id).then().statusCode(200)
                .body("inForce", equalTo(false)).body("shippingPaidBy", equalTo("SELLER"));
        as(admin()).body(schedule).post("api/admin/fees/schedules").then().statusCode(409);
        Map<String, Object> past = new java.util.HashMap<>(schedule);
        past.put("effectiveFrom", LocalDate.now(ZoneId.of("Asia/Kolkata")).toString());
        past.put("closingFees", List.of(Map.of("feePaise", 100), Map.of("upToPaise", 100, "feePaise", 100)));
        as(admin()).body(past).post("api/admin/fees/schedules").then().statusCode(400)
                .body("errors.field", equalTo(List.of("effectiveFrom", "closingFees[0].upToPaise",
                        "closingFees[1].upToPaise")));
        as(seller(UUID.randomUUID())).body(schedule).post("api/admin/fees/schedules").then().statusCode(403);
    }

    private static String seller(UUID id) {
        return ItServerSession.tokens().tokenFor(id, "seller@example.com", "SELLER");
    }

    private static List<Map.Entry<String, String>> lines(JsonPath statement) {
        List<String> memos = statement.getList("entries.memo");
        List<String> amounts = statement.getList("entries.amount.amount");
        return java.util.stream.IntStream.range(0, memos.size())
                .mapToObj(index -> Map.entry(memos.get(index), new BigDecimal(amounts.get(index)).toPlainString()))
                .toList();
    }
}
