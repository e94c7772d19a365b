-- Sellers as the user service describes them (from its events): who may be verified, and how to name them.
create table seller_account (
    user_id    uuid         primary key,
    email      varchar(254) not null,
    full_name  varchar(120) not null,
    active     boolean      not null,
    updated_at timestamptz  not null
);

-- A seller's business identity and its review. One row per seller (the seller's user id).
create table seller_verification (
    seller_id          uuid         primary key,
    legal_name         varchar(200) not null,
    gstin              char(15)     not null,
    pan                char(10)     not null,
    fssai_number       char(14)     not null,
    fssai_expiry       date         not null,
    address_line1      varchar(200) not null,
    address_line2      varchar(200),
    address_city       varchar(100) not null,
    address_state      varchar(100) not null,
    address_postal     varchar(12)  not null,
    address_country    char(2)      not null,
    status             varchar(10)  not null check (status in ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    rejection_reason   varchar(500),
    suspension_reason  varchar(500),
    suspension_cause   varchar(20)  check (suspension_cause in ('ADMINISTRATOR', 'LICENCE_EXPIRED')),
    submitted_at       timestamptz  not null,
    decided_at         timestamptz,
    decided_by         uuid,
    updated_at         timestamptz  not null,
    version            bigint       not null
);
create index seller_verification_status_idx on seller_verification (status, submitted_at);
create index seller_verification_expiry_idx on seller_verification (fssai_expiry) where status = 'VERIFIED';
-- One business, one seller account.
create unique index seller_verification_gstin_uk on seller_verification (gstin);

-- Documents a seller uploads for the review; the file itself is kept here, so every replica can serve it.
create table verification_document (
    id           uuid         primary key,
    seller_id    uuid         not null,
    type         varchar(30)  not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null
);
create index verification_document_seller_idx on verification_document (seller_id, uploaded_at);
