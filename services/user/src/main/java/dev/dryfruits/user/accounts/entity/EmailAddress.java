package dev.dryfruits.user.accounts.entity;

import java.util.Locale;

/** An email address in the one form we store and compare: trimmed and lower case. */
public record EmailAddress(String value) {

    public EmailAddress {
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    public String localPart() {
        int at = value.indexOf('@');
        return at < 0 ? value : value.substring(0, at);
    }

    @Override
    public String toString() {
        return value;
    }
}
