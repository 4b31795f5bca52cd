-- Durable reactions to the outbox (notifications today). A consumer's position says that every event
-- at or below it has been handled. Above it, outbox_done marks events handled one by one, written in
-- the same transaction as the reaction's own rows: a reaction never runs twice for one event, and one
-- that never ran (a crash after the commit) or failed is run by the next catch-up.
CREATE TABLE outbox_consumers (
    name TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE outbox_done (
    consumer TEXT NOT NULL,
    event_id BIGINT NOT NULL,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX outbox_created ON outbox(created_at);
