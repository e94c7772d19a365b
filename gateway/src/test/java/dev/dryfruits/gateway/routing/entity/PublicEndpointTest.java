package dev.dryfruits.gateway.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicEndpointTest {

    @Test
    void anExactPathMatchesOnlyItselfAndItsMethod() {
        PublicEndpoint register = PublicEndpoint.parse("post /api/users");
        assertThat(register.matches("POST", "/api/users")).isTrue();
        assertThat(register.matches("GET", "/api/users")).isFalse();
        assertThat(register.matches("POST", "/api/users/me")).isFalse();
    }

    @Test
    void aSubtreeMatchesEverythingBelow() {
        PublicEndpoint catalog = PublicEndpoint.parse("GET /api/products/**");
        assertThat(catalog.matches("GET", "/api/products")).isTrue();
        assertThat(catalog.matches("GET", "/api/products/42/variants")).isTrue();
        assertThat(catalog.matches("GET", "/api/productsX")).isFalse();
        assertThat(catalog.matches("DELETE", "/api/products/42")).isFalse();
    }

    @Test
    void refusesMalformedDefinitions() {
        assertThatThrownBy(() -> PublicEndpoint.parse("/api/users")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicEndpoint.parse("GET api")).isInstanceOf(IllegalArgumentException.class);
    }
}
