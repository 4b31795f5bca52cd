-- Posts to publish later (Mastodon's ScheduledStatus). `params` holds what the client sent, as JSON;
-- a publisher claims a due row by deleting it in the transaction that publishes it, so it is
-- published once even with several servers on one database.
CREATE TABLE scheduled_statuses (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    scheduled_at BIGINT NOT NULL,
    params TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX scheduled_statuses_due ON scheduled_statuses (scheduled_at);
CREATE INDEX scheduled_statuses_account ON scheduled_statuses (account_id, scheduled_at);
