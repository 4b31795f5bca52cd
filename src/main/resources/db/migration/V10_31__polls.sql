-- A poll belongs to its post (one each, keyed by the post's id, which is also the poll's id in the
-- API) and goes with it. `ended` is set once, by whoever claims the ended poll to announce its end.
CREATE TABLE polls (
    status_id BIGINT PRIMARY KEY REFERENCES statuses(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    options TEXT NOT NULL,
    multiple BOOLEAN NOT NULL,
    hide_totals BOOLEAN NOT NULL,
    expires_at BIGINT NOT NULL,
    ended BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX polls_open ON polls (ended, expires_at);

-- One row per person who voted: the key makes a second vote (also two at once) fail to insert.
CREATE TABLE poll_voters (
    status_id BIGINT NOT NULL REFERENCES polls(status_id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (status_id, account_id)
);
CREATE INDEX poll_voters_account ON poll_voters (account_id);

-- The options each voter chose (one, or several in a poll with `multiple`); totals are counted from here.
CREATE TABLE poll_votes (
    status_id BIGINT NOT NULL,
    account_id INTEGER NOT NULL,
    choice INTEGER NOT NULL,
    PRIMARY KEY (status_id, account_id, choice),
    FOREIGN KEY (status_id, account_id) REFERENCES poll_voters (status_id, account_id) ON DELETE CASCADE
);
