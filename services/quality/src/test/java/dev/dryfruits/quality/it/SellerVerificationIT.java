package dev.dryfruits.quality.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seller verification on Liberty with a real PostgreSQL and Kafka broker, tokens signed by a test issuer. */
@ExtendWith(ArquillianExtension.class)
class SellerVerificationIT {

    private static final String SELLERS_TOPIC = "dryfruits.sellers";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @Test
    void aMistypedGstinIsNamedAndValidDetailsWaitForReview() {
        Sellers seller = Sellers.fresh();

        as(seller.token()).body(seller.details(seller.mistypedGstin(), seller.pan(), "2030-03-31"))
                .post("/api/sellers/me/verification").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("gstin")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("check character"))
                .body("trace", equalTo(null));
        as(seller.token()).get("/api/sellers/me/verification").then().statusCode(404);

        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("gstin", equalTo(seller.gstin()));
        as(seller.token()).get("/api/sellers/me/verification").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("sellerId", equalTo(seller.id().toString()));
        admin().queryParam("status", "PENDING").queryParam("size", 100).get("/api/admin/sellers").then()
                .statusCode(200).body("items.sellerId", hasItem(seller.id().toString()));
    }

    @Test
    void onlySellersSubmitAndOnlyAdministratorsDecide() {
        Sellers seller = Sellers.fresh();
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "c@example.com", "CUSTOMER");

        as(customer).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(403)
                .contentType("application/problem+json");
        api().body(seller.details()).post("/api/sellers/me/verification").then().statusCode(401)
                .contentType("application/problem+json");
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);
        as(seller.token()).post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(403);
        as(seller.token()).get("/api/admin/sellers").then().statusCode(403);
    }

    @Test
    void approvalIsPublishedAndAVerifiedSellerCannotResubmit() {
        Sellers seller = Sellers.fresh();
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);

        admin().post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("decidedAt", org.hamcrest.Matchers.notNullValue());
        admin().post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("VERIFIED"));
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(409);

        JsonObject verified = TestEvents.keyed(SELLERS_TOPIC, seller.id().toString(), 1).get(0);
        assertThat(verified.getString("type")).isEqualTo("dev.dryfruits.SellerVerified");
        assertThat(verified.getString("source")).isEqualTo("/dryfruits/quality");
        assertThat(verified.getJsonObject("data").getString("sellerId")).isEqualTo(seller.id().toString());
        assertThat(verified.getJsonObject("data").getString("fssaiLicenseExpiry")).isEqualTo("2030-03-31");
        // What orders, invoices and pickups need of the business.
        assertThat(verified.getJsonObject("data").getString("gstin")).isNotBlank();
        assertThat(verified.getJsonObject("data").getJsonObject("address").getString("postalCode")).isNotBlank();
    }

    @Test
    void aRejectedSellerFixesTheirDetailsAndResubmits() {
        Sellers seller = Sellers.fresh();
        as(seller.token()).body(seller.details(seller.gstin(), seller.pan(), "2027-01-31"))
                .post("/api/sellers/me/verification").then().statusCode(202);

        admin().body(Map.of()).post("/api/admin/sellers/" + seller.id() + "/reject").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("reason"));
        admin().body(Map.of("reason", "The FSSAI licence on the certificate does not match"))
                .post("/api/admin/sellers/" + seller.id() + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(seller.token()).get("/api/sellers/me/verification").then()
                .body("rejectionReason", equalTo("The FSSAI licence on the certificate does not match"));

        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("rejectionReason", equalTo(null))
                .body("fssaiLicenseExpiry", equalTo("2030-03-31"));
        assertThat(TestEvents.names(TestEvents.keyed(SELLERS_TOPIC, seller.id().toString(), 1)))
                .containsExactly("SellerRejected");
    }

    @Test
    void aGstinBelongsToOneSeller() {
        Sellers first = Sellers.fresh();
        Sellers second = Sellers.fresh();
        as(first.token()).body(first.details()).post("/api/sellers/me/verification").then().statusCode(202);

        as(second.token()).body(first.details()).post("/api/sellers/me/verification").then().statusCode(409)
                .body("type", equalTo("urn:dryfruits:problem:gstin-registered")).body("detail", org.hamcrest.Matchers.containsString(
                        first.gstin()));
    }

    @Test
    void documentsAreFingerprintedAndOnlyTheOwnerAndAdministratorsGetThem() throws Exception {
        Sellers seller = Sellers.fresh();
        Sellers other = Sellers.fresh();
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        String location = upload(seller.token(), "GST_CERTIFICATE", "C:\\scans\\gst certificate.pdf", pdf).then()
                .statusCode(201).body("type", equalTo("GST_CERTIFICATE"))
                .body("fileName", equalTo("gst certificate.pdf")).body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))))
                .extract().header("Location");
        String documentId = location.substring(location.lastIndexOf('/') + 1);

        upload(seller.token(), "PAN_CARD", "pan.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json");
        upload(seller.token(), "PAN_CARD", "big.pdf", large()).then().statusCode(413)
                .contentType("application/problem+json");
        upload(seller.token(), "SELFIE", "me.pdf", pdf).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));

        byte[] downloaded = admin().accept("*/*").get("/api/admin/sellers/" + seller.id() + "/documents/" + documentId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        as(other.token()).accept("*/*").get("/api/sellers/me/verification/documents/" + documentId).then()
                .statusCode(404);
        admin().get("/api/admin/sellers/" + seller.id()).then().statusCode(200)
                .body("documents.id", equalTo(List.of(documentId)));
    }

    @Test
    void anExpiredLicenceSuspendsTheSellerAndARenewalReinstatesThem() {
        Sellers seller = Sellers.fresh();
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);
        admin().post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(200);

        // The licence ran out overnight: nothing in the API can make that happen.
        ItServerSession.database().execute("update seller_verification set fssai_expiry = ? where seller_id = ?",
                LocalDate.now().minusDays(2), seller.id());

        await().atMost(PATIENCE).untilAsserted(() -> as(seller.token()).get("/api/sellers/me/verification").then()
                .body("status", equalTo("SUSPENDED")).body("suspensionCause", equalTo("LICENCE_EXPIRED")));
        admin().post("/api/admin/sellers/" + seller.id() + "/reinstate").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));

        as(seller.token()).body(Map.of("fssaiLicenseNumber", "11521999000999", "fssaiLicenseExpiry", "2031-03-31"))
                .put("/api/sellers/me/verification/licence").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("fssaiLicenseNumber", equalTo("11521999000999"));

        assertThat(TestEvents.names(TestEvents.keyed(SELLERS_TOPIC, seller.id().toString(), 3)))
                .containsExactly("SellerVerified", "SellerSuspended", "SellerReinstated");
        JsonObject suspended = TestEvents.keyed(SELLERS_TOPIC, seller.id().toString(), 3).get(1);
        assertThat(suspended.getJsonObject("data").getString("cause")).isEqualTo("LICENCE_EXPIRED");
    }

    @Test
    void anAdministratorSuspendsAndReinstates() {
        Sellers seller = Sellers.fresh();
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);
        admin().post("/api/admin/sellers/" + seller.id() + "/reinstate").then().statusCode(409);
        admin().post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(200);

        admin().body(Map.of("reason", "Aflatoxin above the limit in two lots")).post("/api/admin/sellers/"
                + seller.id() + "/suspend").then().statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("suspensionCause", equalTo("ADMINISTRATOR"));
        // Renewing the licence does not lift an administrator's suspension.
        as(seller.token()).body(Map.of("fssaiLicenseNumber", "11521999000999", "fssaiLicenseExpiry", "2031-03-31"))
                .put("/api/sellers/me/verification/licence").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        admin().queryParam("status", "SUSPENDED").queryParam("size", 100).get("/api/admin/sellers").then()
                .body("items.sellerId", hasItem(seller.id().toString()));
        admin().post("/api/admin/sellers/" + seller.id() + "/reinstate").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("suspensionReason", equalTo(null));

        assertThat(TestEvents.names(TestEvents.keyed(SELLERS_TOPIC, seller.id().toString(), 3)))
                .containsExactly("SellerVerified", "SellerSuspended", "SellerReinstated");
    }

    @Test
    void administratorsSeeWhoTheSellerIsFromTheUserServicesEvents() {
        Sellers seller = Sellers.fresh();
        TestEvents.send("dryfruits.users", seller.id().toString(), TestEvents.envelope("user", "UserRegistered",
                seller.id(), Json.createObjectBuilder().add("userId", seller.id().toString())
                        .add("email", seller.email()).add("fullName", "Farooq Dar").add("role", "SELLER").build()));
        as(seller.token()).body(seller.details()).post("/api/sellers/me/verification").then().statusCode(202);

        await().atMost(PATIENCE).untilAsserted(() -> admin().get("/api/admin/sellers/" + seller.id()).then()
                .statusCode(200).body("email", equalTo(seller.email())).body("fullName", equalTo("Farooq Dar")));
        admin().queryParam("status", "NOPE").get("/api/admin/sellers").then().statusCode(400);
        admin().get("/api/admin/sellers/" + UUID.randomUUID()).then().statusCode(404);
    }

    private io.restassured.response.Response upload(String token, String type, String fileName, byte[] content) {
        return RestAssured.given().baseUri(base.toString()).auth().oauth2(token)
                .multiPart("type", type)
                .multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/sellers/me/verification/documents");
    }

    /** Just over the limit the tests configure (see the pom). */
    private static byte[] large() {
        byte[] content = new byte[64 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 5);
        return content;
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON);
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token);
    }

    private RequestSpecification admin() {
        return as(Sellers.adminToken());
    }
}
