package dev.dryfruits.gateway.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/..%2fadmin/users", "/api/auth/%2E%2E/admin", "/api/users/%2fme",
            "/api/users;jsessionid=1/me", "/api//admin/users", "/api/./users", "/api/users/../admin", "/api/users/..",
            "/api/users\\me", "/api/users/%5cme"})
    void refusesPathsAServiceCouldReadDifferently(String path) {
        assertThat(RouteTable.isAmbiguous(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/users", "/api/users/me", "/api/products/california-almonds-250g",
            "/api/products/search%20term", "/api/users/me/addresses/5f0c..e1"})
    void acceptsOrdinaryPaths(String path) {
        assertThat(RouteTable.isAmbiguous(path)).isFalse();
    }
}
