-- Idempotency-Key: a client that retries a create (a post, a report) sends the same key again and
-- gets the first answer instead of a second record. The row is written in the same transaction as
-- the record it stands for, so two concurrent requests with one key create one record, and it
-- outlives a restart. `result` is what the answer is rebuilt from (an id, or the answer itself).
CREATE TABLE idempotency_keys (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, scope, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
