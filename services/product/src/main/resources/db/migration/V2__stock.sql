-- Packs available per SKU, as the inventory service last announced them (StockChanged). Kept by SKU rather than on
-- the variant row: the figure arrives independently of catalog edits, and a newer version always wins.
create table sku_stock (
    sku        varchar(40)  primary key,
    available  integer      not null check (available >= 0),
    version    bigint       not null,
    updated_at timestamptz  not null
);
