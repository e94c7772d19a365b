package dev.dryfruits.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events are read as types: what fits a consumer's record, what does not, and which version it reads. */
class EventReadingTest {

    public record Variant(String sku, Integer packGrams) {
    }

    public record ProductPublished(UUID productId, Optional<String> category, List<Variant> variants) {
    }

    @EventVersion(2)
    public record ProductPublishedV2(UUID productId) {
    }

    private static final UUID PRODUCT = UUID.fromString("6c7a0c1e-4b8e-4a55-9c2f-0d1b3e9f6a21");

    @Test
    void dataFittingTheRecordIsReadAndUnknownFieldsAreIgnored() throws MalformedEvent {
        ProductPublished product = EventData.read(json("""
                {"productId": "%s", "name": "new field", "variants": [{"sku": "ALM-250", "packGrams": 250}]}
                """.formatted(PRODUCT)), ProductPublished.class);

        assertThat(product.productId()).isEqualTo(PRODUCT);
        assertThat(product.category()).isEmpty();
        assertThat(product.variants()).containsExactly(new Variant("ALM-250", 250));
    }

    @Test
    void aMissingRequiredFieldAnywhereIsMalformed() {
        assertThatThrownBy(() -> EventData.read(json("{\"variants\": []}"), ProductPublished.class))
                .isInstanceOf(MalformedEvent.class).hasMessageContaining("ProductPublished.productId is missing");
        assertThatThrownBy(() -> EventData.read(json("""
                {"productId": "%s", "variants": [{"sku": "ALM-250"}]}
                """.formatted(PRODUCT)), ProductPublished.class))
                .isInstanceOf(MalformedEvent.class).hasMessageContaining("variants[].packGrams is missing");
    }

    @Test
    void aValueOfTheWrongTypeIsMalformed() {
        assertThatThrownBy(() -> EventData.read(json("{\"productId\": \"not-a-uuid\", \"variants\": []}"),
                ProductPublished.class)).isInstanceOf(MalformedEvent.class).hasMessageContaining("contract");
    }

    @Test
    void anEventOfAVersionTheConsumerDoesNotReadIsMalformed() throws MalformedEvent {
        EventSubscription subscription = EventSubscription.of("test").on(ProductPublishedV2.class, data -> { });
        EventEnvelope versionOne = EventEnvelope.parse(envelope("ProductPublishedV2", null));
        EventEnvelope versionTwo = EventEnvelope.parse(envelope("ProductPublishedV2", "2"));

        assertThat(versionOne.dataVersion()).isEqualTo(1);
        assertThatThrownBy(() -> subscription.route("ProductPublishedV2").orElseThrow().bind(versionOne))
                .isInstanceOf(MalformedEvent.class).hasMessageContaining("unknown version 1");
        assertThat(subscription.route("ProductPublishedV2").orElseThrow().bind(versionTwo)).isNotNull();
        assertThat(subscription.wants("SomethingElse")).isFalse();
    }

    @Test
    void theEnvelopeCarriesTheVersionAndRefusesANonsenseOne() throws MalformedEvent {
        EventEnvelope event = EventEnvelope.create("/dryfruits/test", "ProductPublished", "k", 3,
                Json.createObjectBuilder().build(), null, null);
        assertThat(EventEnvelope.parse(event.toJson()).dataVersion()).isEqualTo(3);
        assertThatThrownBy(() -> EventEnvelope.parse(envelope("X", "two"))).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestPause() {
        EventConsumer.RetryPolicy policy = new EventConsumer.RetryPolicy(java.time.Duration.ofMillis(500),
                java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(10));
        assertThat(List.of(1, 2, 3, 4, 8, 20).stream().map(policy::delayAfter).map(java.time.Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 60_000L, 60_000L);
    }

    private static String envelope(String name, String version) {
        return """
                {"specversion": "1.0", "id": "1", "source": "/dryfruits/test", "type": "dev.dryfruits.%s",
                 "time": "2026-12-01T10:00:00Z", "subject": "k", %s "data": {"productId": "%s"}}
                """.formatted(name, version == null ? "" : "\"dataversion\": \"" + version + "\",", PRODUCT);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
