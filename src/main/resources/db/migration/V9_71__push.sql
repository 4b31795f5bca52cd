-- Web Push. The server's VAPID key pair (RFC 8292), made once and shared by every server on this
-- database: subscriptions are bound to its public key, so it is never replaced.
CREATE TABLE push_keys (
    id INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- One subscription per access token, as Mastodon: subscribing again replaces it. The token's value
-- is kept because Mastodon's push payload carries it back to the app; the subscription goes with
-- its token (revoked: by a reaction; deleted: by the cascade) and with its account.
CREATE TABLE push_subscriptions (
    id ${bigserial_pk},
    token_id INTEGER NOT NULL UNIQUE REFERENCES access_tokens(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    alerts TEXT NOT NULL,
    policy TEXT NOT NULL,
    access_token TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX push_subscriptions_account ON push_subscriptions (account_id);

-- Messages waiting to be sent, written in the same transaction as the outbox reaction's mark, so a
-- notification is queued once. A sender claims a row by moving `next_at` on; a failure moves it on
-- by a growing delay; success, a gone endpoint or the last attempt deletes it.
CREATE TABLE push_deliveries (
    id ${bigserial_pk},
    subscription_id BIGINT NOT NULL REFERENCES push_subscriptions(id) ON DELETE CASCADE,
    notification_id BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (subscription_id, notification_id)
);
CREATE INDEX push_deliveries_due ON push_deliveries (next_at);
