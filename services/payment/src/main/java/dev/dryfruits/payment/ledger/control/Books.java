package dev.dryfruits.payment.ledger.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.payment.ledger.entity.Account;
import dev.dryfruits.payment.ledger.entity.AccountKind;
import dev.dryfruits.payment.ledger.entity.EntryKind;
import dev.dryfruits.payment.ledger.entity.JournalEntry;
import dev.dryfruits.payment.ledger.entity.Statement;
import dev.dryfruits.payment.ledger.entity.TrialBalance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading the ledger: the trial balance, an account's entries, a seller's statement. Every figure is summed from the
 * lines themselves, so a balance is always the sum of its entries.
 */
@ApplicationScoped
public class Books {

    static final String CURRENCY = "INR";

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public TrialBalance trialBalance() {
        List<TrialBalance.AccountBalance> accounts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.code, a.name, a.kind, l.currency,"
                + " coalesce(sum(l.amount_minor) filter (where l.amount_minor > 0), 0),"
                + " coalesce(-sum(l.amount_minor) filter (where l.amount_minor < 0), 0)"
                + " from ledger_account a left join journal_line l on l.account_code = a.code"
                + " group by a.code, a.name, a.kind, l.currency order by a.code").getResultList();
        for (Object[] row : rows) {
            String currency = row[3] == null ? CURRENCY : row[3].toString();
            Money debits = Money.ofMinor(((Number) row[4]).longValue(), currency);
            Money credits = Money.ofMinor(((Number) row[5]).longValue(), currency);
            accounts.add(new TrialBalance.AccountBalance((String) row[0], (String) row[1],
                    AccountKind.valueOf((String) row[2]), debits, credits, debits.plus(credits.times(-1))));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> totals = em.createNativeQuery("select currency,"
                + " coalesce(sum(amount_minor) filter (where amount_minor > 0), 0),"
                + " coalesce(-sum(amount_minor) filter (where amount_minor < 0), 0)"
                + " from journal_line group by currency order by currency").getResultList();
        List<TrialBalance.Total> sums = totals.isEmpty()
                ? List.of(new TrialBalance.Total(Money.ofMinor(0, CURRENCY), Money.ofMinor(0, CURRENCY)))
                : totals.stream().map(row -> new TrialBalance.Total(
                        Money.ofMinor(((Number) row[1]).longValue(), row[0].toString()),
                        Money.ofMinor(((Number) row[2]).longValue(), row[0].toString()))).toList();
        return new TrialBalance(sums, accounts);
    }

    public Optional<Account> account(String code) {
        return Optional.ofNullable(em.find(Account.class, code));
    }

    /** The entries with a line on the account, newest first. */
    public Page<JournalEntry> entriesOf(String accountCode, PageRequest page) {
        List<JournalEntry> entries = em.createQuery("select e from JournalEntry e where exists (select 1 from"
                        + " JournalEntry x join x.lines l where x = e and l.accountCode = :code)"
                        + " order by e.postedAt desc, e.id", JournalEntry.class)
                .setParameter("code", accountCode).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(distinct entry_id) from journal_line"
                + " where account_code = ?1").setParameter(1, accountCode).getSingleResult()).longValue();
        return Page.of(entries, page, total);
    }

    /** The entries about an order, in the order they were posted. */
    public List<JournalEntry> entriesOfOrder(UUID orderId) {
        return em.createQuery("select e from JournalEntry e where e.orderId = :order order by e.postedAt, e.id",
                JournalEntry.class).setParameter("order", orderId).getResultList();
    }

    /** The seller's statement for [from, to) (either open), from the seller's side: owed to the seller is positive. */
    public Statement statement(UUID sellerId, Instant from, Instant to) {
        String account = Account.sellerPayable(sellerId);
        long before = from == null ? 0 : -((Number) em.createNativeQuery("select coalesce(sum(l.amount_minor), 0)"
                        + " from journal_line l join journal_entry e on e.id = l.entry_id"
                        + " where l.account_code = ?1 and e.posted_at < ?2")
                .setParameter(1, account).setParameter(2, Timestamp.from(from)).getSingleResult()).longValue();
        jakarta.persistence.Query query = em.createNativeQuery("select e.id, e.posted_at, e.kind, e.description,"
                        + " e.order_id, e.sub_order_id, l.memo, l.amount_minor, l.currency"
                        + " from journal_line l join journal_entry e on e.id = l.entry_id where l.account_code = ?1"
                        + (from == null ? "" : " and e.posted_at >= ?2")
                        + (to == null ? "" : " and e.posted_at < ?" + (from == null ? 2 : 3))
                        + " order by e.posted_at, e.id, l.line_no")
                .setParameter(1, account);
        if (from != null) {
            query.setParameter(2, Timestamp.from(from));
        }
        if (to != null) {
            query.setParameter(from == null ? 2 : 3, Timestamp.from(to));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Statement.Item> items = new ArrayList<>();
        long balance = before;
        for (Object[] row : rows) {
            long owed = -((Number) row[7]).longValue();
            balance += owed;
            String currency = row[8].toString();
            items.add(new Statement.Item(uuid(row[0]), ((Timestamp) row[1]).toInstant(),
                    EntryKind.valueOf((String) row[2]), (String) row[3], uuid(row[4]), uuid(row[5]), (String) row[6],
                    Money.ofMinor(owed, currency), Money.ofMinor(balance, currency)));
        }
        return new Statement(sellerId, Money.ofMinor(before, CURRENCY), items, Money.ofMinor(balance, CURRENCY));
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
