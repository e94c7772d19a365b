package dev.dryfruits.payment.ledger.entity;

import dev.dryfruits.kit.money.Money;
import java.util.List;

/** Every account's debits, credits and balance, and the totals per currency: balanced when they are equal. */
public record TrialBalance(List<Total> totals, List<AccountBalance> accounts) {

    public TrialBalance {
        totals = List.copyOf(totals);
        accounts = List.copyOf(accounts);
    }

    public boolean balanced() {
        return totals.stream().allMatch(total -> total.debits().equals(total.credits()));
    }

    public record Total(Money debits, Money credits) {
    }

    /** Balance: debits less credits (a liability's balance is negative). */
    public record AccountBalance(String code, String name, AccountKind kind, Money debits, Money credits,
                                 Money balance) {
    }
}
