-- What the notification service knows about each user, from the user service's events.
create table recipient (
    user_id    uuid         primary key,
    email      varchar(254) not null,
    full_name  varchar(120) not null,
    phone      varchar(16),
    role       varchar(16)  not null,
    active     boolean      not null,
    updated_at timestamptz  not null
);

-- Which channels each user allows; no row means every channel.
create table preference (
    user_id    uuid        primary key,
    email      boolean     not null,
    sms        boolean     not null,
    updated_at timestamptz not null,
    version    bigint      not null
);

-- The delivery log: every message, its state and its attempts. A message is claimed for sending with a short
-- lease (claimed_until), so replicas never send it twice at once and a crashed sender's claim runs out.
create table notification (
    id              uuid          primary key,
    user_id         uuid          not null,
    channel         varchar(8)    not null check (channel in ('EMAIL', 'SMS')),
    type            varchar(60)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300),
    body_text       text          not null,
    body_html       text,
    status          varchar(8)    not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null,
    last_error      varchar(1000),
    next_attempt_at timestamptz   not null,
    claimed_until   timestamptz,
    source_event_id varchar(200)  not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    sent_at         timestamptz,
    version         bigint        not null,
    constraint notification_once_per_event unique (source_event_id, type, channel)
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_status_idx on notification (status, created_at desc);

-- What the sandbox SMS provider would have sent, and how it is told to behave.
create table sandbox_sms (
    id              uuid        primary key,
    phone           varchar(16) not null,
    body            text        not null,
    notification_id uuid        not null,
    accepted_at     timestamptz not null
);
create index sandbox_sms_phone_idx on sandbox_sms (phone, accepted_at desc);

create table sandbox_sms_behaviour (
    id             integer     primary key check (id = 1),
    failing        boolean     not null,
    latency_millis integer     not null check (latency_millis between 0 and 60000),
    updated_at     timestamptz not null
);
insert into sandbox_sms_behaviour (id, failing, latency_millis, updated_at) values (1, false, 50, now());

-- Every service's dead letters, from the dead-letter topic, for administrators to read and replay.
create table dead_letter (
    id          uuid          primary key,
    service     varchar(60)   not null,
    consumer    varchar(100)  not null,
    topic       varchar(200)  not null,
    partition   integer       not null,
    record_offset bigint      not null,
    record_key  varchar(200),
    reason      varchar(2000) not null,
    attempts    integer       not null,
    failed_at   timestamptz   not null,
    payload     text          not null,
    status      varchar(10)   not null check (status in ('NEW', 'REPLAYED')),
    replayed_at timestamptz,
    received_at timestamptz   not null,
    version     bigint        not null
);
create index dead_letter_status_idx on dead_letter (status, failed_at desc);
