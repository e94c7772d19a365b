-- The SKUs the catalog sells (from the product service's events): whose each pack size is, and the stock last
-- announced for it. Every change to a SKU's lots locks its row first, so one SKU's stock changes one at a time on
-- any number of replicas, and the announced figures go out in order.
create table sku (
    sku            varchar(40)  primary key,
    product_id     uuid         not null,
    seller_id      uuid         not null,
    category       varchar(40),
    pack_grams     integer,
    available      integer      not null default 0 check (available >= 0),
    stock_version  bigint       not null default 0,
    low_stock      boolean      not null default false,
    updated_at     timestamptz  not null
);
create index sku_by_seller on sku (seller_id);

-- A lot of one SKU as its seller received it. on_hand packs are in the warehouse; reserved of them are held for
-- orders. The checks are the last line of defence: no code path can reserve more than is there.
create table lot (
    id                    uuid          primary key,
    seller_id             uuid          not null,
    sku                   varchar(40)   not null references sku (sku),
    product_id            uuid          not null,
    lot_number            varchar(40)   not null,
    received              integer       not null check (received > 0),
    on_hand               integer       not null check (on_hand >= 0),
    reserved              integer       not null default 0 check (reserved >= 0),
    status                varchar(12)   not null check (status in ('QUARANTINED', 'RELEASED', 'EXPIRED', 'RECALLED')),
    status_reason         varchar(1000),
    origin_country        char(2)       not null,
    origin_region         varchar(100),
    crop_year             integer       not null,
    packed_on             date          not null,
    best_before           date          not null,
    warehouse             varchar(100),
    near_expiry_reported  boolean       not null default false,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint lot_number_unique_per_seller unique (seller_id, lot_number),
    constraint lot_reserved_within_on_hand check (reserved <= on_hand),
    constraint lot_packed_before_best_before check (packed_on < best_before)
);
create index lot_fefo on lot (sku, best_before, id) where status = 'RELEASED';
create index lot_by_seller on lot (seller_id, created_at);

-- What happened to a lot, in order: receipt, adjustments, quality decisions, sales, expiry.
create table lot_movement (
    id            uuid          primary key,
    lot_id        uuid          not null references lot (id),
    kind          varchar(12)   not null,
    delta         integer       not null,
    on_hand_after integer       not null,
    reason        varchar(1000),
    actor_id      uuid,
    occurred_at   timestamptz   not null
);
create index lot_movement_by_lot on lot_movement (lot_id, occurred_at);

-- Stock held for an order, all lines or none; one reservation per order.
create table reservation (
    id            uuid          primary key,
    order_id      uuid          not null unique,
    status        varchar(10)   not null check (status in ('ACTIVE', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    status_reason varchar(1000),
    expires_at    timestamptz   not null,
    created_by    uuid,
    created_at    timestamptz   not null,
    confirmed_at  timestamptz,
    updated_at    timestamptz   not null
);
create index reservation_active_by_expiry on reservation (expires_at) where status = 'ACTIVE';

-- Which lots each reserved SKU was taken from: kept after confirmation, for traceability.
create table allocation (
    id              uuid         primary key,
    reservation_id  uuid         not null references reservation (id),
    lot_id          uuid         not null references lot (id),
    lot_number      varchar(40)  not null,
    sku             varchar(40)  not null,
    quantity        integer      not null check (quantity > 0),
    position        integer      not null
);
create index allocation_by_reservation on allocation (reservation_id);
create index allocation_by_lot on allocation (lot_id);
