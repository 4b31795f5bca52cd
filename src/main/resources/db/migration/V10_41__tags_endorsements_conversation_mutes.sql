-- Hashtags a person follows (Mastodon's followed tags): their public posts come into that person's home.
CREATE TABLE tag_follows (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, tag)
);
CREATE INDEX tag_follows_tag ON tag_follows(tag);

-- Hashtags a person features on their profile (Mastodon's featured tags), at most ten each.
CREATE TABLE featured_tags (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, tag)
);

-- Accounts a person features on their profile among those they follow (Mastodon's endorsements).
CREATE TABLE endorsements (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, target_id)
);

-- Conversations a person muted: keyed by the thread's first post, so no reply below it notifies them.
CREATE TABLE conversation_mutes (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    root_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, root_id)
);
