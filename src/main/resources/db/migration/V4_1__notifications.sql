-- Notifications: one row per person told about something. A notification about a post goes with
-- the post (ON DELETE CASCADE); undoing a favourite, a reblog or a follow removes its row from a
-- listener. Filtered rows are kept but left out of the main list until the person looks at them.

CREATE TABLE notifications (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    from_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status_id BIGINT REFERENCES statuses(id) ON DELETE CASCADE,
    object_id BIGINT NOT NULL DEFAULT 0,
    filtered BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX notifications_account ON notifications(account_id, filtered, id);
CREATE INDEX notifications_status ON notifications(status_id);
CREATE INDEX notifications_from ON notifications(from_account_id, account_id);

-- Mastodon's notification policy (v2): accept, filter or drop for each kind of stranger.
CREATE TABLE notification_policies (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    for_not_following TEXT NOT NULL,
    for_not_followers TEXT NOT NULL,
    for_new_accounts TEXT NOT NULL,
    for_private_mentions TEXT NOT NULL,
    for_limited_accounts TEXT NOT NULL
);
