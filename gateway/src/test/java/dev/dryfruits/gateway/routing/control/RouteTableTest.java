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

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=almond%0", "q=%00", "q=a%0Ab", "q=%7F", "q=%1f"})
    void refusesQueriesNoServiceCouldRead(String query) {
        assertThat(RouteTable.isUnreadableQuery(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=almnd", "q=cashew%20w240", "sort=PRICE_PER_KG_ASC&size=100", "q=%E0%A4%AC"})
    void acceptsOrdinaryQueries(String query) {
        assertThat(RouteTable.isUnreadableQuery(query)).isFalse();
        assertThat(RouteTable.isUnreadableQuery(null)).isFalse();
    }
}
