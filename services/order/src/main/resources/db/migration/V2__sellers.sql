-- Sellers as the quality service approved them: what invoices, tax and pickups need of each.
create table seller (
    id            uuid         primary key,
    legal_name    varchar(200) not null,
    gstin         char(15)     not null,
    pan           char(10),
    address_line1 varchar(200),
    address_line2 varchar(200),
    city          varchar(100),
    state         varchar(100),
    postal_code   varchar(10),
    verified      boolean      not null,
    updated_at    timestamptz  not null
);
