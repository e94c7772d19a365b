package dev.dryfruits.user.it;

import static dev.dryfruits.user.it.UserServiceDeployment.PASSWORD;
import static dev.dryfruits.user.it.UserServiceDeployment.api;
import static dev.dryfruits.user.it.UserServiceDeployment.credentials;
import static dev.dryfruits.user.it.UserServiceDeployment.registration;
import static dev.dryfruits.user.it.UserServiceDeployment.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.dryfruits.testing.ItServerSession;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The identity API on Open Liberty against a real PostgreSQL, as a client sees it. */
@ExtendWith(ArquillianExtension.class)
class IdentityApiIT {

    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return UserServiceDeployment.archive();
    }

    @Test
    void registersACustomerWithoutEverShowingThePassword() {
        String email = uniqueEmail("Asha");
        Response created = api(base).body(registration(email, "CUSTOMER")).post("api/users");

        created.then().statusCode(201)
                .header("Location", startsWith("/api/users/"))
                .body("email", equalTo(email.toLowerCase()))
                .body("role", equalTo("CUSTOMER"))
                .body("status", equalTo("ACTIVE"));
        assertThat(created.asString()).doesNotContainIgnoringCase("password").doesNotContain("pbkdf2");
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() {
        String email = uniqueEmail("dup");
        api(base).body(registration(email, "SELLER")).post("api/users").then().statusCode(201);
        api(base).body(registration(email.toUpperCase(), "CUSTOMER")).post("api/users").then()
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:email-taken"));
    }

    @Test
    void explainsWhatIsWrongWithInvalidInput() {
        api(base).body("{\"email\":\"not-an-email\",\"password\":\"x\",\"fullName\":\"\",\"role\":\"CUSTOMER\"}")
                .post("api/users").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("fullName"))
                .body("requestId", notNullValue());
        api(base).body(registration(uniqueEmail("weak"), "CUSTOMER").replace(PASSWORD, "password123"))
                .post("api/users").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("password"));
        api(base).body("{not json").post("api/users").then()
                .statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:malformed-json"));
    }

    @Test
    void nobodyRegistersThemselvesAsAdministrator() {
        api(base).body(registration(uniqueEmail("sneaky"), "ADMIN")).post("api/users").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("role"));
    }

    @Test
    void signsInAndShowsTheCallerTheirOwnProfile() {
        String email = uniqueEmail("me");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        JsonPath tokens = signIn(email, PASSWORD);

        assertThat(tokens.getString("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.getLong("expiresIn")).isBetween(60L, 900L);
        api(base).auth().oauth2(tokens.getString("accessToken")).get("api/users/me").then()
                .statusCode(200).body("email", equalTo(email.toLowerCase()));
    }

    @Test
    void answersUnknownEmailAndWrongPasswordAlike() {
        String email = uniqueEmail("known");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);

        Response wrongPassword = api(base).body(credentials(email, "not-the-password")).post("api/auth/login");
        Response unknownEmail = api(base).body(credentials(uniqueEmail("nobody"), "not-the-password"))
                .post("api/auth/login");

        wrongPassword.then().statusCode(401).contentType(PROBLEM);
        unknownEmail.then().statusCode(401).contentType(PROBLEM);
        assertThat(wrongPassword.jsonPath().getString("detail")).isEqualTo(unknownEmail.jsonPath().getString("detail"));
    }

    @Test
    void slowsDownRepeatedFailures() {
        String email = uniqueEmail("guessed");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        for (int attempt = 0; attempt < 3; attempt++) {
            api(base).body(credentials(email, "guess-" + attempt)).post("api/auth/login").then().statusCode(401);
        }
        api(base).body(credentials(email, PASSWORD)).post("api/auth/login").then()
                .statusCode(429).contentType(PROBLEM).header("Retry-After", notNullValue());
    }

    @Test
    void aBurstBeyondWhatItHashesAtOnceIsRefusedWithRetryAfterNotQueued() throws Exception {
        // 2 cores and 8 waiting take 10 places (max-waiting's default); 48 sign-ins at once cannot all have one.
        int burst = 48;
        ExecutorService callers = Executors.newFixedThreadPool(burst);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int caller = 0; caller < burst; caller++) {
                answers.add(callers.submit(() -> {
                    go.await();
                    return api(base).body(credentials(uniqueEmail("burst"), "not-the-password")).post("api/auth/login");
                }));
            }
            go.countDown();
            List<Response> refused = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(401, 503);
                if (response.statusCode() == 503) {
                    refused.add(response);
                }
            }
            assertThat(refused).isNotEmpty().hasSizeLessThan(burst).allSatisfy(busy -> busy.then()
                    .contentType(PROBLEM).header("Retry-After", notNullValue()));
        } finally {
            callers.shutdownNow();
        }
        // Every place was given back: the next sign-in is answered as usual.
        api(base).body(credentials(uniqueEmail("after-burst"), "not-the-password")).post("api/auth/login").then()
                .statusCode(401);
    }

    @Test
    void refusesMissingUnsignedForeignAndTamperedTokens() throws Exception {
        String email = uniqueEmail("tokens");
        String id = api(base).body(registration(email, "CUSTOMER")).post("api/users").jsonPath().getString("id");
        String real = signIn(email, PASSWORD).getString("accessToken");

        api(base).get("api/users/me").then().statusCode(401).contentType(PROBLEM);
        for (String forged : List.of(ForgedTokens.unsigned(real), ForgedTokens.signedByAnotherKey(id, email, "ADMIN"),
                ForgedTokens.tampered(real), "not-a-jwt")) {
            api(base).auth().oauth2(forged).get("api/users/me").then().statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    void refreshTokensWorkOnceAndReuseEndsTheSession() {
        String email = uniqueEmail("refresh");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        String first = signIn(email, PASSWORD).getString("refreshToken");

        String second = refresh(first).then().statusCode(200).extract().path("refreshToken");
        refresh(first).then().statusCode(401).contentType(PROBLEM);
        // Reuse of the first token revoked the whole session, so its successor is dead too.
        refresh(second).then().statusCode(401);
    }

    @Test
    void aRefreshTokenRacedTwiceSucceedsOnce() {
        String email = uniqueEmail("race");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        String token = signIn(email, PASSWORD).getString("refreshToken");

        List<CompletableFuture<Integer>> racers = List.of(
                CompletableFuture.supplyAsync(() -> refresh(token).statusCode()),
                CompletableFuture.supplyAsync(() -> refresh(token).statusCode()));

        assertThat(racers.stream().map(CompletableFuture::join).filter(status -> status == 200)).hasSize(1);
    }

    @Test
    void signOutEndsTheSession() {
        String email = uniqueEmail("logout");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        String token = signIn(email, PASSWORD).getString("refreshToken");

        api(base).body("{\"refreshToken\":\"" + token + "\"}").post("api/auth/logout").then().statusCode(204);
        refresh(token).then().statusCode(401);
    }

    @Test
    void administratorsListAndDisableUsersAndOthersMayNot() {
        String email = uniqueEmail("victim");
        String id = api(base).body(registration(email, "SELLER")).post("api/users").jsonPath().getString("id");
        JsonPath userTokens = signIn(email, PASSWORD);
        String admin = signIn("admin@dryfruits.local", ItServerSession.ADMIN_PASSWORD).getString("accessToken");

        api(base).auth().oauth2(userTokens.getString("accessToken")).get("api/admin/users").then()
                .statusCode(403).contentType(PROBLEM);
        api(base).auth().oauth2(admin).queryParam("q", email).get("api/admin/users").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        api(base).auth().oauth2(admin).queryParam("size", "1000").get("api/admin/users").then().statusCode(200)
                .body("size", equalTo(100));
        api(base).auth().oauth2(admin).queryParam("size", "0").get("api/admin/users").then().statusCode(400);

        api(base).auth().oauth2(admin).body("{\"reason\":\"fraudulent listings\"}")
                .post("api/admin/users/" + id + "/disable").then()
                .statusCode(200).body("status", equalTo("DISABLED"));
        api(base).body(credentials(email, PASSWORD)).post("api/auth/login").then().statusCode(403);
        refresh(userTokens.getString("refreshToken")).then().statusCode(401);
        api(base).auth().oauth2(userTokens.getString("accessToken")).get("api/users/me").then().statusCode(403);
    }

    @Test
    void usersSeeOnlyTheirOwnProfile() {
        String mine = uniqueEmail("mine");
        String theirs = uniqueEmail("theirs");
        api(base).body(registration(mine, "CUSTOMER")).post("api/users").then().statusCode(201);
        String theirId = api(base).body(registration(theirs, "CUSTOMER")).post("api/users").jsonPath().getString("id");
        String token = signIn(mine, PASSWORD).getString("accessToken");

        api(base).auth().oauth2(token).get("api/users/" + theirId).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void patchesOnlyWhatMayChange() {
        String email = uniqueEmail("patch");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        String token = signIn(email, PASSWORD).getString("accessToken");

        api(base).auth().oauth2(token).contentType("application/merge-patch+json")
                .body("{\"fullName\":\"Asha Verma\",\"phone\":\"+919876543210\"}").patch("api/users/me").then()
                .statusCode(200).body("fullName", equalTo("Asha Verma")).body("phone", equalTo("+919876543210"));
        api(base).auth().oauth2(token).body("{\"phone\":null}").patch("api/users/me").then()
                .statusCode(200).body("phone", equalTo(null));
        api(base).auth().oauth2(token).body("{\"role\":\"ADMIN\"}").patch("api/users/me").then()
                .statusCode(400).contentType(PROBLEM);
        api(base).auth().oauth2(token).get("api/users/me").then().body("role", equalTo("CUSTOMER"));
    }

    @Test
    void changingThePasswordSignsEverySessionOut() {
        String email = uniqueEmail("rotate");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        JsonPath tokens = signIn(email, PASSWORD);

        api(base).auth().oauth2(tokens.getString("accessToken"))
                .body("{\"currentPassword\":\"wrong-one-entirely\",\"newPassword\":\"fig-and-date-2027\"}")
                .put("api/users/me/password").then().statusCode(400);
        api(base).auth().oauth2(tokens.getString("accessToken"))
                .body("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"fig-and-date-2027\"}")
                .put("api/users/me/password").then().statusCode(204);
        refresh(tokens.getString("refreshToken")).then().statusCode(401);
        signIn(email, "fig-and-date-2027");
    }

    @Test
    void publishesTheKeysThatVerifyItsTokens() {
        api(base).get("api/auth/jwks").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0].d", equalTo(null));
    }

    @Test
    void echoesTheCallersRequestId() {
        api(base).header("X-Request-Id", "trace-me-42").get("api/users/me").then()
                .statusCode(401).header("X-Request-Id", "trace-me-42").body("requestId", equalTo("trace-me-42"));
    }

    private JsonPath signIn(String email, String password) {
        return api(base).body(credentials(email, password)).post("api/auth/login").then().statusCode(200)
                .extract().jsonPath();
    }

    private Response refresh(String refreshToken) {
        return api(base).body("{\"refreshToken\":\"" + refreshToken + "\"}").post("api/auth/refresh");
    }
}
