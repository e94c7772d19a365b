-- Lots as the inventory service announced them (LotReceived), and where each stands with its lab reports.
create table lot (
    id          uuid         primary key,
    seller_id   uuid         not null,
    sku         varchar(40)  not null,
    product_id  uuid,
    category    varchar(40)  not null,
    lot_number  varchar(40)  not null,
    status      varchar(16)  not null check (status in ('AWAITING_REPORT', 'RELEASED', 'QUARANTINED', 'RECALLED')),
    received_at timestamptz  not null,
    updated_at  timestamptz  not null
);
create index lot_by_seller on lot (seller_id);

-- Standards profiles: the limits lab results are held to, per category and intended use. Data, editable by
-- administrators (PUT /api/admin/quality/standards/{profile}); every default names its source.
create table standards_profile (
    name        varchar(20)   primary key,
    title       varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  uuid
);

create table standard_limit (
    id            uuid           primary key,
    profile       varchar(20)    not null references standards_profile (name) on delete cascade,
    category      varchar(40)    not null,
    intended_use  varchar(20)    not null check (intended_use in ('READY_TO_EAT', 'FURTHER_PROCESSING')),
    parameter     varchar(20)    not null
        check (parameter in ('moisturePct', 'aflatoxinB1', 'aflatoxinTotal', 'ochratoxinA', 'so2')),
    max_value     numeric(12, 3) not null check (max_value >= 0),
    source        varchar(500)   not null,
    unique (profile, category, intended_use, parameter)
);

create table lab_report (
    id               uuid           primary key,
    lot_id           uuid           not null references lot (id),
    seller_id        uuid           not null,
    laboratory       varchar(200)   not null,
    report_number    varchar(100)   not null,
    sampled_on       date           not null,
    intended_use     varchar(20)    not null,
    moisture_pct     numeric(12, 3),
    aflatoxin_b1     numeric(12, 3),
    aflatoxin_total  numeric(12, 3),
    ochratoxin_a     numeric(12, 3),
    so2              numeric(12, 3),
    profile          varchar(20)    not null,
    outcome          varchar(4)     not null check (outcome in ('PASS', 'FAIL')),
    decision         varchar(12)    not null check (decision in ('RELEASED', 'QUARANTINED', 'RECALLED', 'NONE')),
    submitted_by     uuid           not null,
    created_at       timestamptz    not null,
    document_name    varchar(255),
    document_type    varchar(100),
    document_sha256  char(64),
    document_content bytea,
    unique (lot_id, laboratory, report_number)
);
create index lab_report_by_lot on lab_report (lot_id, created_at);
create index lab_report_by_seller on lab_report (seller_id, created_at desc);

-- Each limited parameter of a report: its value, the limit it was held to, the outcome.
create table lab_parameter_result (
    id          uuid           primary key,
    report_id   uuid           not null references lab_report (id) on delete cascade,
    parameter   varchar(20)    not null,
    value       numeric(12, 3) not null,
    limit_value numeric(12, 3) not null,
    unit        varchar(10)    not null,
    outcome     varchar(4)     not null check (outcome in ('PASS', 'FAIL')),
    source      varchar(500)   not null,
    position    integer        not null
);
create index lab_parameter_result_by_report on lab_parameter_result (report_id);
