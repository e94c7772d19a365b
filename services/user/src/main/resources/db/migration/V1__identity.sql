-- Accounts of customers, sellers and administrators.
create table user_account (
    id              uuid         primary key,
    email           varchar(254) not null,
    password_hash   varchar(200) not null,
    full_name       varchar(120) not null,
    phone           varchar(16),
    role            varchar(16)  not null check (role in ('CUSTOMER', 'SELLER', 'ADMIN')),
    status          varchar(16)  not null check (status in ('ACTIVE', 'DISABLED')),
    disabled_reason varchar(500),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    -- Emails are stored normalised (trimmed, lower case), so a plain unique constraint is enough.
    constraint user_account_email_uk unique (email),
    constraint user_account_email_normalised check (email = lower(btrim(email)))
);
create index user_account_created_idx on user_account (created_at desc, id);

-- Where a user has goods delivered.
create table address (
    id             uuid         primary key,
    user_id        uuid         not null references user_account (id) on delete cascade,
    label          varchar(40),
    recipient_name varchar(120) not null,
    phone          varchar(16)  not null,
    line1          varchar(200) not null,
    line2          varchar(200),
    landmark       varchar(120),
    city           varchar(100) not null,
    state          varchar(100) not null,
    postal_code    varchar(12)  not null,
    country        char(2)      not null,
    is_default     boolean      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null
);
create index address_user_idx on address (user_id);
-- At most one default address per user.
create unique index address_one_default_per_user on address (user_id) where is_default;

-- Refresh tokens, stored only as SHA-256 hashes. A family is one sign-in session; rotation keeps the family,
-- and reuse of an already rotated token revokes the whole family.
create table refresh_token (
    id          uuid        primary key,
    user_id     uuid        not null references user_account (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  char(64)    not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    constraint refresh_token_hash_uk unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);

-- Failed sign-ins per email (hashed, so emails of strangers are not stored), to slow down and lock guessing.
create table login_throttle (
    email_hash      char(64)    primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

-- The JWT signing key generated when none is configured, shared by every replica and kept across restarts.
create table signing_key (
    kid         varchar(64) primary key,
    private_key text        not null,
    created_at  timestamptz not null,
    active      boolean     not null
);
create unique index signing_key_one_active on signing_key (active) where active;
