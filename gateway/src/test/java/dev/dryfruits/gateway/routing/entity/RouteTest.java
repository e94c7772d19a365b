package dev.dryfruits.gateway.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void matchesThePrefixAndWhatIsBelowIt() {
        Route users = Route.parse(" /api/users = user ");
        assertThat(users.upstream()).isEqualTo("user");
        assertThat(users.matches("/api/users")).isTrue();
        assertThat(users.matches("/api/users/me/addresses")).isTrue();
        assertThat(users.matches("/api/usersX")).isFalse();
        assertThat(users.matches("/api")).isFalse();
    }

    @Test
    void refusesMalformedDefinitions() {
        assertThatThrownBy(() -> Route.parse("/api/users")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.parse("api/users=user")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.parse("/api/users/=user")).isInstanceOf(IllegalArgumentException.class);
    }
}
