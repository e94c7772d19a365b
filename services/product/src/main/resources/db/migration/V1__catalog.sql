-- Trigram matching, for searches with small typos ("almnd"). A trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

-- The kinds of dry fruit the marketplace sells; the slug is what clients filter by.
create table category (
    slug     varchar(40)  primary key,
    name     varchar(80)  not null,
    position integer      not null
);
insert into category (slug, name, position) values
    ('almonds', 'Almonds', 10),
    ('cashews', 'Cashews', 20),
    ('pistachios', 'Pistachios', 30),
    ('walnuts', 'Walnuts', 40),
    ('hazelnuts', 'Hazelnuts', 50),
    ('macadamias', 'Macadamias', 60),
    ('raisins', 'Raisins', 70),
    ('dates', 'Dates', 80),
    ('figs', 'Figs', 90),
    ('apricots', 'Apricots', 100),
    ('prunes', 'Prunes', 110),
    ('seeds', 'Seeds', 120),
    ('mixes', 'Mixes and trail mixes', 130);

-- Sellers as the quality service's events describe them: only VERIFIED sellers' listings are visible.
create table seller (
    id         uuid         primary key,
    legal_name varchar(200),
    status     varchar(10)  not null check (status in ('VERIFIED', 'REJECTED', 'SUSPENDED')),
    updated_at timestamptz  not null
);

create table product (
    id                    uuid          primary key,
    seller_id             uuid          not null,
    status                varchar(15)   not null
        check (status in ('DRAFT', 'PENDING_REVIEW', 'LIVE', 'REJECTED', 'PAUSED')),
    name                  varchar(120)  not null,
    category              varchar(40)   not null references category (slug),
    variety               varchar(80),
    grade                 varchar(80),
    origin_country        char(2),
    origin_region         varchar(80),
    description           varchar(4000),
    organic               boolean       not null,
    organic_certifier     varchar(80),
    organic_certificate   varchar(80),
    ingredients           varchar(1000),
    storage               varchar(300),
    packaging             varchar(300),
    shelf_life_days       integer,
    energy_kcal           numeric(6, 1),
    protein_g             numeric(5, 1),
    fat_g                 numeric(5, 1),
    carbohydrate_g        numeric(5, 1),
    sugars_g              numeric(5, 1),
    fibre_g               numeric(5, 1),
    sodium_mg             numeric(7, 1),
    packer_name           varchar(200),
    packer_address        varchar(400),
    consumer_care         varchar(300),
    rejection_reason      varchar(500),
    -- Each edit of the listing's details is a new revision; a paused listing resumes only if its approved
    -- revision is still the current one.
    revision              integer       not null,
    approved_revision     integer,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    submitted_at          timestamptz,
    published_at          timestamptz,
    version               bigint        not null,
    -- What full-text search looks at: name first, then variety, origin and category, then the description.
    search_vector tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(variety, '') || ' ' || coalesce(grade, '')), 'B')
        || setweight(to_tsvector('english', coalesce(origin_region, '') || ' ' || category), 'B')
        || setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored,
    -- What typo-tolerant matching compares the query with, word by word.
    search_text text generated always as (
        lower(name || ' ' || coalesce(variety, '') || ' ' || coalesce(origin_region, '') || ' ' || category)) stored
);
create index product_seller_idx on product (seller_id, created_at desc);
create index product_status_idx on product (status, submitted_at);
create index product_search_idx on product using gin (search_vector);
create index product_search_text_idx on product using gin (search_text gin_trgm_ops);

-- Pack sizes: each its own SKU and price. Money in minor units (paise) with its currency.
create table product_variant (
    id          uuid        primary key,
    product_id  uuid        not null references product (id) on delete cascade,
    sku         varchar(40) not null unique,
    pack_grams  integer     not null check (pack_grams > 0),
    price_minor bigint      not null check (price_minor > 0),
    mrp_minor   bigint      check (mrp_minor > 0),
    currency    char(3)     not null,
    position    integer     not null,
    unique (product_id, pack_grams)
);
create index product_variant_price_idx on product_variant (product_id, price_minor);

create table product_image (
    product_id uuid          not null references product (id) on delete cascade,
    position   integer       not null,
    url        varchar(2000) not null,
    primary key (product_id, position)
);

create table product_allergen (
    product_id uuid        not null references product (id) on delete cascade,
    allergen   varchar(20) not null,
    primary key (product_id, allergen)
);

-- Every price a variant has had, newest last.
create table price_change (
    id              uuid        primary key,
    product_id      uuid        not null references product (id) on delete cascade,
    sku             varchar(40) not null,
    old_price_minor bigint,
    new_price_minor bigint      not null,
    currency        char(3)     not null,
    changed_at      timestamptz not null,
    changed_by      uuid
);
create index price_change_product_idx on price_change (product_id, changed_at);
