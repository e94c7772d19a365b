-- A confirmed order cancelled before dispatch: its packs go back to the lots they were taken from.
alter table reservation drop constraint reservation_status_check;
alter table reservation add constraint reservation_status_check
    check (status in ('ACTIVE', 'CONFIRMED', 'RELEASED', 'EXPIRED', 'RETURNED'));
