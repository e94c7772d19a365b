-- What this service knows of the catalog: each SKU on sale (or not any more) as the product service announced it.
create table listing (
    sku            varchar(40)  primary key,
    product_id     uuid         not null,
    seller_id      uuid         not null,
    product_name   varchar(120) not null,
    category       varchar(40)  not null,
    hsn            varchar(8)   not null,
    pack_grams     integer      not null check (pack_grams > 0),
    price_minor    bigint       not null check (price_minor > 0),
    mrp_minor      bigint,
    currency       char(3)      not null,
    shipping_grams integer      not null check (shipping_grams > 0),
    length_cm      integer      not null check (length_cm > 0),
    width_cm       integer      not null check (width_cm > 0),
    height_cm      integer      not null check (height_cm > 0),
    on_sale        boolean      not null,
    updated_at     timestamptz  not null
);
create index listing_product on listing (product_id);

-- Packs of a SKU that can be sold now, as the inventory service last announced them; newer versions win.
create table sku_stock (
    sku        varchar(40)  primary key,
    available  integer      not null check (available >= 0),
    version    bigint       not null,
    updated_at timestamptz  not null
);

-- One cart per customer, kept on the server; its lines by SKU, in the order they were added.
create table cart (
    customer_id uuid        primary key,
    updated_at  timestamptz not null
);
create table cart_line (
    customer_id uuid        not null references cart (customer_id) on delete cascade,
    sku         varchar(40) not null,
    quantity    integer     not null check (quantity > 0),
    added_at    timestamptz not null,
    primary key (customer_id, sku)
);
