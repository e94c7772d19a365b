-- The double-entry ledger, in integer minor units (paise). Every money event is one journal entry, keyed by what
-- caused it (applied once), whose lines sum to zero per currency; entries are never changed or deleted: a correction
-- is a new entry. A line's amount is signed: a debit is positive, a credit negative. An account's balance is the sum
-- of its lines.
create table ledger_account (
    code      varchar(80)  primary key,
    name      varchar(120) not null,
    kind      varchar(10)  not null check (kind in ('ASSET', 'LIABILITY', 'REVENUE', 'EXPENSE')),
    seller_id uuid         unique
);
insert into ledger_account (code, name, kind) values
    ('customer-payments-clearing', 'Customer payments clearing', 'LIABILITY'),
    ('processor-receivable', 'Payment processor receivable', 'ASSET'),
    ('cod-receivable', 'Cash on delivery receivable (carriers)', 'ASSET'),
    ('platform-commission-revenue', 'Platform commission revenue', 'REVENUE'),
    ('platform-fee-revenue', 'Platform closing and collection fee revenue', 'REVENUE'),
    ('gst-output-payable', 'GST output payable (on platform fees)', 'LIABILITY'),
    ('tcs-payable', 'TCS payable (CGST Act s.52)', 'LIABILITY'),
    ('tds-payable', 'TDS payable (Income-tax Act s.194-O)', 'LIABILITY'),
    ('shipping-payable', 'Shipping payable (carriers)', 'LIABILITY'),
    ('refunds-payable', 'Refunds payable (in flight to customers)', 'LIABILITY');

create table journal_entry (
    id          uuid         primary key,
    source_key  varchar(160) not null unique,
    kind        varchar(20)  not null,
    description varchar(300) not null,
    order_id    uuid,
    sub_order_id uuid,
    payment_id  uuid,
    posted_at   timestamptz  not null
);
create index journal_entry_posted on journal_entry (posted_at);
create index journal_entry_order on journal_entry (order_id);

create table journal_line (
    entry_id     uuid         not null references journal_entry (id),
    line_no      integer      not null,
    account_code varchar(80)  not null references ledger_account (code),
    amount_minor bigint       not null check (amount_minor <> 0),
    currency     char(3)      not null,
    memo         varchar(200) not null,
    primary key (entry_id, line_no)
);
create index journal_line_account on journal_line (account_code, entry_id);

-- Balanced, checked by the database at commit (a deferred constraint trigger): whatever the code does, an entry
-- whose lines do not sum to zero per currency is never committed.
create function journal_entry_balanced() returns trigger language plpgsql as $$
begin
    if exists (select 1 from journal_line where entry_id = new.entry_id
               group by currency having sum(amount_minor) <> 0) then
        raise exception 'journal entry % does not balance', new.entry_id;
    end if;
    return null;
end $$;
create constraint trigger journal_line_balanced after insert on journal_line
    deferrable initially deferred for each row execute function journal_entry_balanced();

-- Immutable: posted entries and lines are never updated or deleted.
create function journal_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % is not allowed', tg_op, tg_table_name;
end $$;
create trigger journal_entry_immutable before update or delete on journal_entry
    for each row execute function journal_immutable();
create trigger journal_line_immutable before update or delete on journal_line
    for each row execute function journal_immutable();
