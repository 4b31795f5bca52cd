-- Whether a push subscription takes RFC 8291 messages (aes128gcm), as an app asks with
-- `subscription[standard]`; the others get the older aesgcm encoding, as Mastodon sends them.
ALTER TABLE push_subscriptions ADD COLUMN standard BOOLEAN NOT NULL DEFAULT FALSE;
