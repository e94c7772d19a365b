package dev.dryfruits.user.it;

import static dev.dryfruits.user.it.UserServiceDeployment.PASSWORD;
import static dev.dryfruits.user.it.UserServiceDeployment.api;
import static dev.dryfruits.user.it.UserServiceDeployment.credentials;
import static dev.dryfruits.user.it.UserServiceDeployment.registration;
import static dev.dryfruits.user.it.UserServiceDeployment.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AddressesApiIT {

    private static final String HOME = """
            {"label":"Home","recipientName":"Asha Verma","phone":"+919876543210","line1":"12 MG Road",
             "city":"Bengaluru","state":"Karnataka","postalCode":"560001"}""";
    private static final String OFFICE = """
            {"label":"Office","recipientName":"Asha Verma","phone":"+919876543210","line1":"4th Floor, Tower B",
             "city":"Pune","state":"Maharashtra","postalCode":"411001","country":"IN","makeDefault":true}""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return UserServiceDeployment.archive();
    }

    @Test
    void keepsExactlyOneDefaultAddress() {
        String token = newCustomerToken();

        api(base).auth().oauth2(token).body(HOME).post("api/users/me/addresses").then()
                .statusCode(201).header("Location", startsWith("/api/users/me/addresses/"))
                .body("isDefault", equalTo(true)).body("country", equalTo("IN"));
        String officeId = api(base).auth().oauth2(token).body(OFFICE).post("api/users/me/addresses").then()
                .statusCode(201).body("isDefault", equalTo(true)).extract().path("id");

        api(base).auth().oauth2(token).get("api/users/me/addresses").then()
                .statusCode(200).body("", hasSize(2)).body("[0].id", equalTo(officeId))
                .body("findAll { it.isDefault }", hasSize(1));

        api(base).auth().oauth2(token).delete("api/users/me/addresses/" + officeId).then().statusCode(204);
        api(base).auth().oauth2(token).get("api/users/me/addresses").then()
                .body("", hasSize(1)).body("[0].label", equalTo("Home")).body("[0].isDefault", equalTo(true));
    }

    @Test
    void validatesIndianPinCodes() {
        api(base).auth().oauth2(newCustomerToken()).body(HOME.replace("560001", "56001")).post("api/users/me/addresses")
                .then().statusCode(400).body("errors[0].field", equalTo("postalCode"));
    }

    @Test
    void nobodyReachesSomeoneElsesAddress() {
        String owner = newCustomerToken();
        String id = api(base).auth().oauth2(owner).body(HOME).post("api/users/me/addresses").then().statusCode(201)
                .extract().path("id");
        String stranger = newCustomerToken();

        api(base).auth().oauth2(stranger).get("api/users/me/addresses/" + id).then().statusCode(404);
        api(base).auth().oauth2(stranger).body(OFFICE).put("api/users/me/addresses/" + id).then().statusCode(404);
        api(base).auth().oauth2(stranger).delete("api/users/me/addresses/" + id).then().statusCode(404);
        api(base).auth().oauth2(owner).get("api/users/me/addresses/" + id).then().statusCode(200);
    }

    private String newCustomerToken() {
        String email = uniqueEmail("addr");
        api(base).body(registration(email, "CUSTOMER")).post("api/users").then().statusCode(201);
        return api(base).body(credentials(email, PASSWORD)).post("api/auth/login").then().statusCode(200)
                .extract().path("accessToken");
    }
}
