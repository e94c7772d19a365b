package dev.dryfruits.payment.ledger.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.payment.ledger.entity.JournalEntry;
import dev.dryfruits.payment.ledger.entity.Statement;
import dev.dryfruits.payment.ledger.entity.TrialBalance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ledger's JSON shapes. */
public final class LedgerViews {

    private LedgerViews() {
    }

    @Schema(name = "SellerStatement", description = "A seller's account from the seller's side: what the platform owes"
            + " the seller is positive; payouts (with fulfilment) pay out the balance")
    public record StatementView(UUID sellerId, LocalDate from, LocalDate to, MoneyView openingBalance,
                                MoneyView balance, List<StatementLine> entries) {

        static StatementView of(Statement statement, LocalDate from, LocalDate to) {
            return new StatementView(statement.sellerId(), from, to, MoneyView.of(statement.opening()),
                    MoneyView.of(statement.closing()), statement.items().stream().map(item -> new StatementLine(
                            item.entryId(), item.postedAt(), item.kind().name(), item.description(), item.orderId(),
                            item.subOrderId(), item.memo(), MoneyView.of(item.amount()),
                            MoneyView.of(item.balance()))).toList());
        }
    }

    @Schema(name = "StatementLine")
    public record StatementLine(UUID entryId, Instant postedAt,
                                @Schema(enumeration = {"SALE", "SALE_REVERSAL"}) String kind, String description,
                                UUID orderId, UUID subOrderId,
                                @Schema(example = "Commission") String memo,
                                @Schema(description = "Positive: earned; negative: taken") MoneyView amount,
                                @Schema(description = "The balance after this line") MoneyView balance) {
    }

    @Schema(name = "TrialBalance")
    public record TrialBalanceView(boolean balanced, List<TotalView> totals, List<AccountView> accounts) {

        static TrialBalanceView of(TrialBalance trial) {
            return new TrialBalanceView(trial.balanced(), trial.totals().stream().map(total -> new TotalView(
                    total.debits().currency().getCurrencyCode(), MoneyView.of(total.debits()),
                    MoneyView.of(total.credits()))).toList(), trial.accounts().stream().map(account -> new AccountView(
                    account.code(), account.name(), account.kind().name(), MoneyView.of(account.debits()),
                    MoneyView.of(account.credits()), MoneyView.of(account.balance()))).toList());
        }
    }

    @Schema(name = "TrialBalanceTotal")
    public record TotalView(String currency, MoneyView debits, MoneyView credits) {
    }

    @Schema(name = "LedgerAccount")
    public record AccountView(String code, String name,
                              @Schema(enumeration = {"ASSET", "LIABILITY", "REVENUE", "EXPENSE"}) String kind,
                              MoneyView debits, MoneyView credits,
                              @Schema(description = "Debits less credits") MoneyView balance) {
    }

    @Schema(name = "JournalEntry", description = "One money event; its lines sum to zero (debits positive)")
    public record EntryView(UUID id, String sourceKey, String kind, String description, UUID orderId,
                            UUID subOrderId, UUID paymentId, Instant postedAt, List<LineView> lines) {

        static EntryView of(JournalEntry entry) {
            return new EntryView(entry.id(), entry.sourceKey(), entry.kind().name(), entry.description(),
                    entry.orderId(), entry.subOrderId(), entry.paymentId(), entry.postedAt(), entry.lines().stream()
                    .map(line -> new LineView(line.accountCode(), MoneyView.of(line.amount()), line.memo())).toList());
        }
    }

    @Schema(name = "JournalLine")
    public record LineView(String account, @Schema(description = "Debit positive, credit negative") MoneyView amount,
                           String memo) {
    }

}
