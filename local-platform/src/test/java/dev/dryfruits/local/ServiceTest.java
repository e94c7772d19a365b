package dev.dryfruits.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    void theLauncherListsEveryServiceOnce() {
        Settings settings = Settings.from(Path.of("."), Map.of());
        assertThat(Service.list(settings)).extracting(Service::name)
                .containsExactly("user", "product", "inventory", "notification", "quality",
                        "shipping", "payment", "order");
        assertThat(Service.list(settings)).allSatisfy(service -> {
            assertThat(service.application()).isEqualTo(service.name());
            assertThat(service.database()).isEqualTo("dryfruits_" + service.name());
        });
    }

    @Test
    void aStandInRunsAnotherServicesApplicationUnderItsOwnName() throws IOException {
        assertThat(parse("# comment\n\norder 9103 9403 inventory\n")).containsExactly(
                new Service("order", 9103, 9403, "inventory"));
    }

    @Test
    void aLineThatIsNotAServiceIsRefused() {
        assertThatThrownBy(() -> parse("order 9103\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 9103");
        assertThatThrownBy(() -> parse("Order-Service 1 2\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertiesBecomeTheEnvironmentVariablesMicroProfileConfigReads() {
        assertThat(Platform.environmentName("dryfruits.demo-data.enabled")).isEqualTo("DRYFRUITS_DEMO_DATA_ENABLED");
    }

    private static java.util.List<Service> parse(String text) throws IOException {
        return Service.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
