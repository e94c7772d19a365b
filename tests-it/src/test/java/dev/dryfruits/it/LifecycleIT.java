package dev.dryfruits.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.embedded.Processes;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 (the end of it): `down` leaves no process behind, and data survives down and up; and once `up -d`
 * has returned, the gateway routes to every service at once (issue 9). Runs last.
 */
@Order(Integer.MAX_VALUE)
class LifecycleIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void downStopsEveryProcessAndUpBringsBackTheSameData() {
        String email = Api.newEmail("survivor");
        Api.register(email, "SELLER");
        List<Long> pids = LocalPlatform.status().getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .map(component -> component.getJsonNumber("pid").longValue()).toList();

        LocalPlatform.dryfruits("down");

        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(Processes::isRunning)).isEmpty());
        String home = LocalPlatform.home().toString();
        assertThat(ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(process -> process.info().arguments().map(arguments -> String.join(" ", arguments)).orElse(""))
                .filter(commandLine -> commandLine.contains(home))).isEmpty();
        assertThat(LocalPlatform.status().getJsonArray("components").getValuesAs(JsonObject.class))
                .allSatisfy(component -> assertThat(component.getString("state")).isEqualTo("stopped"));

        LocalPlatform.dryfruits("up", "-d");

        // Ready means routed: the very first requests reach every service, none is a 503.
        Api.gateway().get("/api/auth/jwks").then().statusCode(200);
        Api.gateway().get("/api/products?size=1").then().statusCode(200);
        Api.gateway().get("/api/quality/standards").then().statusCode(200);
        Api.gateway().queryParam("sku", "NONE-1").get("/api/inventory/availability").then().statusCode(200);
        String admin = Api.adminToken();
        Api.gateway().auth().oauth2(admin).get("/api/admin/dead-letters").then().statusCode(200);
        Api.login(email, Api.PASSWORD);
    }
}
