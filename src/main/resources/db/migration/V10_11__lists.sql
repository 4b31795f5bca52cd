-- Mastodon's lists: a person's private selections of the people they follow or are connected with,
-- each read as its own timeline. A list is never an audience (circles are).
CREATE TABLE lists (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    replies_policy TEXT NOT NULL,
    is_exclusive BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX lists_account ON lists(account_id);

-- `id` orders a list's members for paging, oldest added first.
CREATE TABLE list_accounts (
    id ${bigserial_pk},
    list_id BIGINT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    UNIQUE (list_id, account_id)
);
CREATE INDEX list_accounts_account ON list_accounts(account_id);
