package dev.dryfruits.gateway.discovery.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** One slow health answer does not take a good instance out; a new one that never answered is out at once. */
class InstanceTest {

    private final Instance instance = new Instance(URI.create("http://127.0.0.1:9101"));

    @Test
    void aNewInstanceIsPresumedReadyAndOutAfterItsFirstFailedCheck() {
        assertThat(instance.isReady()).isTrue();
        instance.checked(false, 2);
        assertThat(instance.isReady()).isFalse();
        instance.checked(true, 2);
        assertThat(instance.isReady()).isTrue();
    }

    @Test
    void onceItPassedOnlyFailedChecksInARowTakeItOut() {
        instance.checked(true, 2);
        instance.checked(false, 2);
        assertThat(instance.isReady()).isTrue();
        instance.checked(true, 2);
        instance.checked(false, 2);
        assertThat(instance.isReady()).isTrue();
        instance.checked(false, 2);
        assertThat(instance.isReady()).isFalse();
    }

    @Test
    void aRefusedConnectionTakesItOutUntilACheckPasses() {
        instance.checked(true, 2);
        instance.ready(false);
        instance.checked(false, 2);
        assertThat(instance.isReady()).isFalse();
        instance.checked(true, 2);
        assertThat(instance.isReady()).isTrue();
    }
}
