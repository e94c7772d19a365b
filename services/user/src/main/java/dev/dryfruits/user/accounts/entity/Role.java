package dev.dryfruits.user.accounts.entity;

import java.util.Optional;

/** What a user is on the marketplace; it becomes the token's groups claim. */
public enum Role {
    CUSTOMER, SELLER, ADMIN;

    /** The roles people may choose when they register: administrators are only ever created by the platform. */
    public static Optional<Role> selfService(String name) {
        if (CUSTOMER.name().equals(name)) {
            return Optional.of(CUSTOMER);
        }
        if (SELLER.name().equals(name)) {
            return Optional.of(SELLER);
        }
        return Optional.empty();
    }
}
