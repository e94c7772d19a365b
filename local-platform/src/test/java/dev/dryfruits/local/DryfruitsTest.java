package dev.dryfruits.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryfruitsTest {

    @TempDir
    Path home;

    @Test
    void anAdministratorPasswordThePolicyRefusesStopsUpBeforeAnythingStarts() {
        Dryfruits launcher = new Dryfruits(Settings.from(Path.of(".."), Map.of("DRYFRUITS_HOME", home.toString(),
                "DRYFRUITS_ADMIN_PASSWORD", "dryfruits-admin-2026")));

        for (List<String> command : List.of(List.of("up", "-d"), List.of("start", "user"), List.of("scale", "user=2"))) {
            assertThatThrownBy(() -> launcher.run(command)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DRYFRUITS_ADMIN_PASSWORD")
                    .hasMessageContaining("must not contain your email address")
                    .hasMessageContaining("Nothing was started");
        }
        // Nothing ran and nothing was written but the home's key for the services' client secrets.
        assertThat(home.resolve("run")).doesNotExist();
        assertThat(home.resolve("data")).doesNotExist();
        assertThat(home.resolve("logs")).doesNotExist();
        assertThat(home.resolve("config")).isDirectoryContaining(path -> path.endsWith("service-credentials.key"));
        assertThat(home.toFile().list()).containsOnly("config");
    }
}
