-- Payments for orders: one per order and attempt. What the processor holds is mirrored here (its id, state, the
-- amounts captured and refunded); a card is only ever its processor token and last four digits.
create table payment (
    id                uuid         primary key,
    order_id          uuid         not null,
    attempt           integer      not null check (attempt between 1 and 20),
    customer_id       uuid         not null,
    method            varchar(12)  not null check (method in ('UPI', 'CARD', 'NETBANKING', 'COD')),
    amount_minor      bigint       not null check (amount_minor > 0),
    currency          char(3)      not null,
    request_digest    char(64)     not null,
    status            varchar(12)  not null check (status in ('COD_PENDING', 'CREATED', 'AUTHORIZED', 'CAPTURED',
                                                             'FAILED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    status_reason     varchar(300),
    abandoned         boolean      not null,
    processor_id      varchar(64)  unique,
    card_token        varchar(64),
    card_last4        char(4),
    card_network      varchar(20),
    vpa               varchar(320),
    bank              varchar(8),
    next_action_type  varchar(20),
    next_action_url   varchar(500),
    expires_at        timestamptz,
    captured_minor    bigint       not null default 0 check (captured_minor >= 0),
    refunded_minor    bigint       not null default 0 check (refunded_minor >= 0),
    late_success      boolean      not null default false,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    checked_at        timestamptz,
    version           bigint       not null,
    unique (order_id, attempt),
    check (refunded_minor <= captured_minor),
    check (captured_minor <= amount_minor)
);
create index payment_open on payment (status) where status in ('CREATED', 'AUTHORIZED');

-- Orders that gave up being paid (cancelled): a payment for them arriving later is refused, a success refunded.
create table abandoned_order (
    order_id     uuid         primary key,
    reason       varchar(300) not null,
    abandoned_at timestamptz  not null
);

-- Refunds, full or partial, each with its own idempotency key; REQUESTED until the processor accepts it, PENDING
-- until the bank has processed it.
create table refund (
    id              uuid         primary key,
    payment_id      uuid         not null references payment (id),
    idempotency_key varchar(255) not null,
    amount_minor    bigint       not null check (amount_minor > 0),
    currency        char(3)      not null,
    reason          varchar(300) not null,
    automatic       boolean      not null,
    failure_reason  varchar(300),
    status          varchar(10)  not null check (status in ('REQUESTED', 'PENDING', 'PROCESSED', 'FAILED')),
    processor_id    varchar(64)  unique,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    unique (payment_id, idempotency_key)
);
create index refund_open on refund (status) where status <> 'PROCESSED';

-- Every processor event applied, by its id: a webhook delivered twice is applied once.
create table received_webhook (
    event_id    varchar(64)  primary key,
    event_type  varchar(40)  not null,
    received_at timestamptz  not null
);

-- Webhooks refused because their signature did not verify: kept for the administrators (who else is calling?).
create table rejected_webhook (
    id           uuid         primary key,
    received_at  timestamptz  not null,
    reason       varchar(200) not null,
    event_id     varchar(100),
    signature    varchar(200),
    remote_addr  varchar(64),
    body_sha256  char(64)     not null,
    body_excerpt varchar(2000)
);
create index rejected_webhook_received on rejected_webhook (received_at desc);
