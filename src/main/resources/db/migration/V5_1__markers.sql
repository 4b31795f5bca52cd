-- Mastodon's markers: where a person stopped reading a timeline (home, notifications), so another
-- device or the page can carry on there. The notifications marker also decides what counts as unread.
CREATE TABLE markers (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    timeline TEXT NOT NULL,
    last_read_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, timeline)
);
