package dev.dryfruits.user.accounts.boundary;

/** Phone numbers are E.164: a plus, a country code and the number, no spaces. */
final class Phones {

    static final String E164 = "\\+[1-9][0-9]{7,14}";
    static final String E164_MESSAGE = "must be an E.164 number such as +919876543210";

    private Phones() {
    }
}
