-- Mastodon's notification requests: one per person and stranger whose notifications the policy
-- filtered (its notifications are the filtered rows from that stranger, counted at read time), and the
-- permissions that accepting a request leaves behind, so later notifications from them are not filtered.
CREATE TABLE notification_requests (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    from_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (account_id, from_account_id)
);
CREATE INDEX notification_requests_account ON notification_requests(account_id, id);

CREATE TABLE notification_permissions (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    from_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, from_account_id)
);

-- Filtered notifications stored before requests existed get their request (the newest row's id is unique).
INSERT INTO notification_requests (id, account_id, from_account_id, created_at, updated_at)
SELECT MAX(id), account_id, from_account_id, MIN(created_at), MAX(created_at)
FROM notifications WHERE filtered = TRUE GROUP BY account_id, from_account_id;
