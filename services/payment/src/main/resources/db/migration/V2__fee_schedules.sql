-- The platform's fee schedules: a schedule is in force from its date until the next one's; schedules are never
-- changed (a new one starts on a later day), so every sale's fees can name the schedule that set them.
create table fee_schedule (
    id                      uuid         primary key,
    effective_from          date         not null unique,
    default_commission_bp   integer      not null check (default_commission_bp between 0 and 10000),
    shipping_paid_by        varchar(10)  not null check (shipping_paid_by in ('CUSTOMER', 'SELLER')),
    source                  text         not null,
    created_at              timestamptz  not null,
    created_by              uuid
);

-- Commission by category, in basis points of the line's price (GST included, as Indian marketplaces charge it).
create table fee_commission (
    schedule_id   uuid        not null references fee_schedule (id),
    category      varchar(40) not null,
    commission_bp integer     not null check (commission_bp between 0 and 10000),
    primary key (schedule_id, category)
);

-- The fixed closing fee per pack, by the pack's price: the band with the lowest upper bound at or above the price;
-- the last band has no upper bound.
create table fee_closing_band (
    schedule_id    uuid   not null references fee_schedule (id),
    up_to_minor    bigint check (up_to_minor > 0),
    fee_minor      bigint not null check (fee_minor >= 0)
);
create unique index fee_closing_band_bound on fee_closing_band (schedule_id, coalesce(up_to_minor, -1));

-- The payment collection fee by method, in basis points of what the customer pays for the seller's shipment.
create table fee_collection (
    schedule_id   uuid        not null references fee_schedule (id),
    method        varchar(12) not null check (method in ('UPI', 'CARD', 'NETBANKING', 'COD')),
    collection_bp integer     not null check (collection_bp between 0 and 10000),
    primary key (schedule_id, method)
);

-- The first schedule, from the start of financial year 2025-26. Commission in the range Indian marketplaces charge
-- for dry fruit (Amazon.in grocery referral fees, Flipkart commissions 2.8-25 %: domain-commerce.md section 2);
-- closing fees by price band in the shape of Amazon.in's fixed closing fee; collection fees: none on UPI (zero MDR,
-- Payment and Settlement Systems Act s.10A / Income-tax Act s.269SU), about 2 % on cards, net banking and cash on
-- delivery (an Indian gateway's standard pricing; unverified). Shipping is the customer's, at the carrier's tariff.
insert into fee_schedule (id, effective_from, default_commission_bp, shipping_paid_by, source, created_at)
values ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', date '2025-04-01', 900, 'CUSTOMER',
        'Platform fee schedule FY 2025-26 (domain-commerce.md section 2: Amazon.in fees and pricing, Flipkart commission'
            || ' ranges; UPI zero MDR)',
        timestamptz '2025-04-01 00:00:00+05:30');
insert into fee_commission (schedule_id, category, commission_bp) values
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'almonds', 800),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'cashews', 800),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'walnuts', 800),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'pistachios', 900),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'raisins', 700),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'dates', 700),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'mixes', 1000);
insert into fee_closing_band (schedule_id, up_to_minor, fee_minor) values
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 30000, 500),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 50000, 1000),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 100000, 2000),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', null, 4000);
insert into fee_collection (schedule_id, method, collection_bp) values
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'UPI', 0),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'CARD', 200),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'NETBANKING', 190),
    ('3c5b8d0e-6a1f-4f7b-9d2e-1a0c7e5f9b01', 'COD', 200);
