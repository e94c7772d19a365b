package dev.dryfruits.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSecretsTest {

    @TempDir
    Path home;

    @Test
    void eachServiceHasItsOwnStrongSecretTheSameEveryTimeInOneHome() throws IOException {
        Settings settings = Settings.from(Path.of("."), Map.of("DRYFRUITS_HOME", home.toString()));
        ServiceSecrets first = ServiceSecrets.of(settings);

        assertThat(first.secretOf("order")).hasSize(64).isNotEqualTo(first.secretOf("payment"));
        assertThat(ServiceSecrets.of(settings).secretOf("order")).isEqualTo(first.secretOf("order"));
        Path key = settings.config().resolve("service-credentials.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void anotherHomeHasOtherSecrets(@TempDir Path other) {
        String here = ServiceSecrets.of(Settings.from(Path.of("."), Map.of("DRYFRUITS_HOME", home.toString())))
                .secretOf("order");
        String there = ServiceSecrets.of(Settings.from(Path.of("."), Map.of("DRYFRUITS_HOME", other.toString())))
                .secretOf("order");
        assertThat(here).isNotEqualTo(there);
    }
}
