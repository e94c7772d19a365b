package dev.dryfruits.quality.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lab reports on lots, judged against the standards profiles, on Liberty with PostgreSQL and Kafka. */
@ExtendWith(ArquillianExtension.class)
class LabReportsIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String DECISIONS = "dryfruits.lot-quality";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @Test
    void aFailingReportHoldsTheLotAPassReleasesItAndAFailAfterReleaseRecallsIt() {
        Sellers seller = Sellers.fresh();
        String lotId = receivedLot(seller, "almonds");

        JsonPath failed = as(seller.token()).body(report("SFL-1", "18.0")).post(reports(lotId)).then()
                .statusCode(201).body("outcome", equalTo("FAIL")).body("profile", equalTo("FSSAI"))
                .body("decision", equalTo("QUARANTINED")).extract().jsonPath();
        assertThat(failed.getList("parameters.name")).containsExactly("aflatoxinTotal");
        assertThat(failed.getString("parameters[0].value")).isEqualTo("18");
        assertThat(failed.getString("parameters[0].limit")).isEqualTo("15");
        assertThat(failed.getString("parameters[0].outcome")).isEqualTo("FAIL");
        assertThat(failed.getString("parameters[0].source")).contains("FSS");

        as(seller.token()).body(report("SFL-2", "6.0")).post(reports(lotId)).then().statusCode(201)
                .body("outcome", equalTo("PASS")).body("decision", equalTo("RELEASED"));
        as(seller.token()).body(report("SFL-3", "16.5")).post(reports(lotId)).then().statusCode(201)
                .body("outcome", equalTo("FAIL")).body("decision", equalTo("RECALLED"));
        as(seller.token()).body(report("SFL-4", "2.0")).post(reports(lotId)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:dryfruits:problem:lot-recalled"));
        as(seller.token()).body(report("SFL-2", "6.0")).post(reports(lotId)).then().statusCode(409);

        List<JsonObject> decisions = TestEvents.keyed(DECISIONS, lotId, 3);
        assertThat(TestEvents.names(decisions)).containsExactly("LotQuarantined", "LotReleased", "LotRecalled");
        JsonObject quarantined = decisions.get(0).getJsonObject("data");
        assertThat(quarantined.getString("userId")).isEqualTo(seller.id().toString());
        assertThat(quarantined.getJsonArray("failures").getJsonObject(0).getString("limit")).isEqualTo("15");
        assertThat(quarantined.getString("reason")).contains("aflatoxinTotal 18 µg/kg over 15");

        as(seller.token()).get(reports(lotId)).then().statusCode(200)
                .body("reportNumber", equalTo(List.of("SFL-1", "SFL-2", "SFL-3")));
        as(Sellers.adminToken()).get("/api/admin/quality/sellers/" + seller.id()).then().statusCode(200)
                .body("reports", equalTo(3)).body("passed", equalTo(1)).body("passRate", equalTo("0.33"));
    }

    @Test
    void limitsTheStandardsSetMustBeReportedAndUnlimitedCategoriesCannotBeJudged() {
        Sellers seller = Sellers.fresh();
        String apricots = receivedLot(seller, "apricots");
        as(seller.token()).body(report("AP-1", "2.0")).post(reports(apricots)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("results.so2")));
        Map<String, Object> withSulphite = report("AP-2", "2.0");
        resultsOf(withSulphite).put("so2", "2400");
        resultsOf(withSulphite).put("moisturePct", "18.5");
        as(seller.token()).body(withSulphite).post(reports(apricots)).then().statusCode(201)
                .body("outcome", equalTo("FAIL")).body("parameters.name", equalTo(List.of("moisturePct", "so2")))
                .body("parameters.outcome", equalTo(List.of("PASS", "FAIL")));

        Map<String, Object> bad = report("", "-1");
        resultsOf(bad).remove("moisturePct");
        resultsOf(bad).put("aflatoxinB1", "30");
        bad.put("sampledOn", LocalDate.now().plusDays(3).toString());
        as(seller.token()).body(bad).post(reports(apricots)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("reportNumber",
                        "sampledOn", "results.moisturePct", "results.aflatoxinTotal")));

        String seeds = receivedLot(seller, "seeds");
        as(seller.token()).body(report("SD-1", "1.0")).post(reports(seeds)).then().statusCode(409)
                .body("type", equalTo("urn:dryfruits:problem:no-standard"));
    }

    @Test
    void onlyTheLotsSellerAndAdministratorsReachItsReports() {
        Sellers owner = Sellers.fresh();
        Sellers other = Sellers.fresh();
        String lotId = receivedLot(owner, "cashews");
        as(other.token()).body(report("X-1", "1.0")).post(reports(lotId)).then().statusCode(404);
        as(other.token()).get(reports(lotId)).then().statusCode(404);
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "c@example.com", "CUSTOMER");
        as(customer).get(reports(lotId)).then().statusCode(403);
        api().get(reports(lotId)).then().statusCode(401);
        String id = as(Sellers.adminToken()).body(report("ADM-1", "1.0")).post(reports(lotId)).then()
                .statusCode(201).body("outcome", equalTo("PASS")).extract().path("id");

        byte[] pdf = "%PDF-1.7\nlab report\n".getBytes(StandardCharsets.US_ASCII);
        RestAssured.given().baseUri(base.toString()).auth().oauth2(owner.token())
                .multiPart("file", "report.pdf", pdf, "application/pdf")
                .post(reports(lotId) + "/" + id + "/document").then().log().ifValidationFails().statusCode(200)
                .body("document.contentType", equalTo("application/pdf"));
        RestAssured.given().baseUri(base.toString()).auth().oauth2(owner.token())
                .multiPart("file", "again.pdf", pdf, "application/pdf")
                .post(reports(lotId) + "/" + id + "/document").then().statusCode(409);
        byte[] downloaded = as(Sellers.adminToken()).get(reports(lotId) + "/" + id + "/document").then()
                .statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        as(other.token()).get(reports(lotId) + "/" + id + "/document").then().statusCode(404);
    }

    @Test
    void standardsArePublicDataThatOnlyAdministratorsChange() {
        JsonPath standards = api().get("/api/quality/standards").then().statusCode(200)
                .body("active", equalTo("FSSAI")).extract().jsonPath();
        assertThat(standards.getList("profiles.name")).contains("CODEX", "EU", "FSSAI");
        List<Map<String, Object>> eu = standards.getList("profiles.find { it.name == 'EU' }.limits");
        assertThat(eu).anySatisfy(limit -> {
            assertThat(limit).containsEntry("category", "almonds").containsEntry("use", "READY_TO_EAT")
                    .containsEntry("parameter", "aflatoxinB1").containsEntry("max", "8");
            assertThat((String) limit.get("source")).contains("2023/915");
        });

        Map<String, Object> custom = Map.of("title", "Export buyer specification", "limits", List.of(
                Map.of("category", "cashews", "use", "READY_TO_EAT", "parameter", "aflatoxinTotal", "max", "4",
                        "source", "Buyer contract 2026-17")));
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "c@example.com", "CUSTOMER");
        as(customer).body(custom).put("/api/admin/quality/standards/BUYER-X").then().statusCode(403);
        as(Sellers.adminToken()).body(custom).put("/api/admin/quality/standards/BUYER-X").then().statusCode(200)
                .body("limits[0].max", equalTo("4")).body("active", equalTo(false));
        as(Sellers.adminToken()).body(Map.of("title", "Bad", "limits", List.of(Map.of("category", "cashews",
                        "use", "SOMETIMES", "parameter", "gluten", "max", "-1", "source", ""))))
                .put("/api/admin/quality/standards/BUYER-X").then().statusCode(400)
                .body("errors.field", equalTo(List.of("limits[0].use", "limits[0].parameter", "limits[0].max",
                        "limits[0].source")));
        api().get("/api/quality/standards").then().body("profiles.name", hasItem("BUYER-X"));
    }

    /** A lot as the inventory service announces it; answers its id once the quality service knows it. */
    private String receivedLot(Sellers seller, String category) {
        String lotId = UUID.randomUUID().toString();
        TestEvents.send("dryfruits.inventory", lotId, TestEvents.envelope("inventory", "LotReceived", lotId,
                Json.createObjectBuilder().add("lotId", lotId).add("sellerId", seller.id().toString())
                        .add("productId", UUID.randomUUID().toString()).add("sku", "SKU-" + lotId.substring(0, 8))
                        .add("category", category).add("lotNumber", "LOT-" + lotId.substring(0, 8))
                        .add("quantity", 10).build()));
        await().atMost(WITHIN).until(() -> as(seller.token()).get(reports(lotId)).statusCode() == 200);
        return lotId;
    }

    private static Map<String, Object> report(String number, String aflatoxinTotal) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("moisturePct", "4.2");
        results.put("aflatoxinB1", "0.5");
        results.put("aflatoxinTotal", aflatoxinTotal);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("laboratory", "Spectrum Food Labs, Kochi");
        body.put("reportNumber", number);
        body.put("sampledOn", LocalDate.now().minusDays(1).toString());
        body.put("results", results);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resultsOf(Map<String, Object> report) {
        return (Map<String, Object>) report.get("results");
    }

    private static String reports(String lotId) {
        return "/api/quality/lots/" + lotId + "/lab-reports";
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON);
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token);
    }
}
