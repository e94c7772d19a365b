-- The event mechanism's own tables, in their own schema with their own Flyway history, in every service's database.

-- Transactional outbox: a state change and the events it causes are written in one transaction; the relay publishes
-- them to Kafka afterwards, in sequence order per aggregate.
create table outbox_event (
    sequence     bigserial     primary key,
    id           uuid          not null unique,
    topic        varchar(200)  not null,
    aggregate_id varchar(200)  not null,
    event_type   varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null default now(),
    published_at timestamptz,
    attempts     integer       not null default 0,
    last_error   varchar(1000)
);
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Inbox: the events each consumer has applied, recorded in the same transaction as their effect, so that a
-- redelivered event changes nothing.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
create index processed_event_processed_at on processed_event (processed_at);
