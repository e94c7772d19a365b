package dev.dryfruits.payment.ledger.entity;

import dev.dryfruits.kit.money.Money;

/** What an entry puts on one account: a signed amount (a debit positive, a credit negative) and why. */
public record Posting(String account, Money amount, String memo) {

    public static Posting debit(String account, Money amount, String memo) {
        return new Posting(account, amount, memo);
    }

    public static Posting credit(String account, Money amount, String memo) {
        return new Posting(account, amount.times(-1), memo);
    }

    public Posting reversed() {
        return new Posting(account, amount.times(-1), "Reversal: " + memo);
    }
}
