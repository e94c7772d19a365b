package dev.dryfruits.payment.ledger.entity;

import dev.dryfruits.kit.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A seller's account over a period, from the seller's side (what the platform owes is positive): the balance before
 * it, each line posted on the account in it with the balance after, and the balance at its end.
 */
public record Statement(UUID sellerId, Money opening, List<Item> items, Money closing) {

    public Statement {
        items = List.copyOf(items);
    }

    public record Item(UUID entryId, Instant postedAt, EntryKind kind, String description, UUID orderId,
                       UUID subOrderId, String memo, Money amount, Money balance) {
    }
}
