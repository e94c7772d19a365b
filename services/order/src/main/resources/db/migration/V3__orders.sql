-- Orders: one per checkout, with one sub-order per seller, and the state of the saga that places, confirms or
-- cancels it (what to do next, a lease so that one replica at a time works on it, and when to try again).
create table customer_order (
    id                   uuid         primary key,
    customer_id          uuid         not null,
    idempotency_key      varchar(255),
    request_digest       char(64)     not null,
    status               varchar(16)  not null check (status in ('PLACING', 'PENDING_PAYMENT', 'CONFIRMED',
                                                               'CANCELLING', 'CANCELLED', 'NOT_PLACED')),
    saga_step            varchar(12)  not null check (saga_step in ('NONE', 'CONFIRM', 'COMPENSATE')),
    cancel_code          varchar(20),
    cancel_reason        varchar(500),
    payment_method       varchar(12)  not null check (payment_method in ('UPI', 'CARD', 'NETBANKING', 'COD')),
    address_id           uuid         not null,
    recipient_name       varchar(200) not null,
    phone                varchar(20),
    line1                varchar(200) not null,
    line2                varchar(200),
    landmark             varchar(200),
    city                 varchar(100) not null,
    state                varchar(100) not null,
    postal_code          varchar(10)  not null,
    country              char(2)      not null,
    place_of_supply_code char(2)      not null,
    place_of_supply_name varchar(100) not null,
    goods_minor          bigint       not null check (goods_minor > 0),
    shipping_minor       bigint       not null check (shipping_minor >= 0),
    cod_fee_minor        bigint       not null check (cod_fee_minor >= 0),
    total_minor          bigint       not null check (total_minor = goods_minor + shipping_minor + cod_fee_minor),
    currency             char(3)      not null,
    reservation_id       uuid,
    payment_id           uuid,
    payment_status       varchar(20),
    payment_action_type  varchar(20),
    payment_action_url   varchar(500),
    refund_pending_minor bigint       not null default 0,
    refunded_minor       bigint       not null default 0,
    lease_until          timestamptz,
    attempts             integer      not null default 0,
    next_attempt_at      timestamptz,
    last_error           varchar(500),
    placed_at            timestamptz  not null,
    updated_at           timestamptz  not null,
    confirmed_at         timestamptz,
    closed_at            timestamptz,
    version              bigint       not null,
    unique (customer_id, idempotency_key)
);
create index customer_order_customer on customer_order (customer_id, placed_at desc);
create index customer_order_saga on customer_order (saga_step, next_attempt_at) where saga_step <> 'NONE';
create index customer_order_open on customer_order (status, updated_at) where status in ('PLACING', 'PENDING_PAYMENT');

create table sub_order (
    id                   uuid         primary key,
    order_id             uuid         not null references customer_order (id),
    position             integer      not null,
    seller_id            uuid         not null,
    seller_name          varchar(200) not null,
    seller_gstin         char(15)     not null,
    seller_pan           char(10),
    seller_address       varchar(600) not null,
    status               varchar(16)  not null,
    goods_minor          bigint       not null,
    shipping_minor       bigint       not null,
    cod_fee_minor        bigint       not null,
    subtotal_minor       bigint       not null check (subtotal_minor = goods_minor + shipping_minor + cod_fee_minor),
    shipping_paid_by     varchar(10)  not null check (shipping_paid_by in ('CUSTOMER', 'SELLER')),
    carrier_charge_minor bigint       not null,
    shipping_zone        char(1)      not null,
    transit_days         integer      not null,
    invoice_number       varchar(16),
    invoice_date         date,
    unique (order_id, position),
    -- Each seller's own series: numbers repeat across sellers, never within one seller's GSTIN.
    unique (seller_gstin, invoice_number)
);
create index sub_order_seller on sub_order (seller_id, order_id);

create table order_line (
    sub_order_id     uuid         not null references sub_order (id),
    line_no          integer      not null,
    sku              varchar(40)  not null,
    product_id       uuid         not null,
    product_name     varchar(120) not null,
    category         varchar(40)  not null,
    hsn              varchar(8)   not null,
    pack_grams       integer      not null,
    quantity         integer      not null check (quantity > 0),
    unit_price_minor bigint       not null check (unit_price_minor > 0),
    line_total_minor bigint       not null check (line_total_minor = unit_price_minor * quantity),
    taxable_minor    bigint       not null,
    tax_rate_bp      integer      not null,
    cgst_minor       bigint       not null,
    sgst_minor       bigint       not null,
    igst_minor       bigint       not null,
    check (taxable_minor + cgst_minor + sgst_minor + igst_minor = line_total_minor),
    primary key (sub_order_id, line_no)
);

-- What to pack: each SKU's packs by lot, first expiry first, as the inventory service took them.
create table order_allocation (
    sub_order_id uuid        not null references sub_order (id),
    sku          varchar(40) not null,
    lot_id       uuid        not null,
    lot_number   varchar(60) not null,
    quantity     integer     not null check (quantity > 0)
);
create index order_allocation_sub_order on order_allocation (sub_order_id);

create table order_history (
    order_id uuid         not null references customer_order (id),
    at       timestamptz  not null,
    status   varchar(16)  not null,
    note     varchar(500) not null
);
create index order_history_order on order_history (order_id, at);

-- Invoice serials per seller GSTIN and financial year (CGST rule 46(b): unique in the year, at most 16 characters).
create table invoice_series (
    gstin          char(15) not null,
    financial_year char(4)  not null,
    last_number    integer  not null,
    primary key (gstin, financial_year)
);

-- The last quote each customer was shown: an order is placed only at amounts the customer has seen.
create table checkout_quote_memo (
    customer_id uuid        primary key,
    fingerprint char(64)    not null,
    total_minor bigint      not null,
    quoted_at   timestamptz not null
);
