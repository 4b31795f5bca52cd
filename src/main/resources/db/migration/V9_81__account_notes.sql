-- A private note one person keeps about another (Mastodon's account note): seen by its writer only,
-- in the Relationship entity.
CREATE TABLE account_notes (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, target_id)
);
