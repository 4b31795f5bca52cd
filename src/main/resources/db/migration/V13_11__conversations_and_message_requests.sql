-- Each person's conversations (Mastodon's): a thread of private posts, keyed by the thread's first post.
-- `read_up_to` is the newest post the owner has read; posts are shown and counted only through the audience policy.
CREATE TABLE conversations (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    root_id BIGINT NOT NULL,
    last_status_id BIGINT NOT NULL,
    read_up_to BIGINT NOT NULL,
    UNIQUE (account_id, root_id)
);
CREATE INDEX conversations_owner_last ON conversations(account_id, last_status_id);

-- The private posts of each person's conversations.
CREATE TABLE conversation_posts (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    root_id BIGINT NOT NULL,
    status_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, status_id)
);
CREATE INDEX conversation_posts_thread ON conversation_posts(account_id, root_id, status_id);

-- A first private message from someone the recipient does not know: pending until accepted or declined.
-- One per sender and recipient, so a second message (or two at once) cannot slip past a pending one.
CREATE TABLE message_requests (
    id BIGINT PRIMARY KEY,
    sender_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    recipient_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    root_id BIGINT NOT NULL,
    status_id BIGINT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT NOT NULL DEFAULT 0,
    UNIQUE (sender_id, recipient_id)
);
CREATE INDEX message_requests_recipient ON message_requests(recipient_id, state, id);

-- Whom a person has let message them beyond their setting: someone whose request they accepted, or someone
-- they wrote to privately themselves.
CREATE TABLE message_contacts (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, other_id)
);

-- Who may message a person: anyone, network, connections_and_following or nobody (no row: anyone).
CREATE TABLE message_settings (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    who TEXT NOT NULL
);
