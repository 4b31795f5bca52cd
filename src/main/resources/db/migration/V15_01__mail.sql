-- Outgoing email, written in the same transaction as the change it tells of (a password reset, a
-- confirmation), so a mail is never sent for a change that rolled back nor lost in a crash. A sender
-- claims a row by moving `next_at` on past a lease (several servers may share the queue); a failure
-- moves it on by a growing delay; success or the last attempt deletes it. `message_id` is fixed when
-- the row is written, so a mail sent again after a crash between sending and deleting carries the
-- same Message-ID (and the same .eml file name, which is then written over, not twice).
CREATE TABLE mail_queue (
    id ${bigserial_pk},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX mail_queue_due ON mail_queue (next_at);

-- Password reset tokens: only the SHA-256 digest of the token is kept. A token is used by a
-- conditional UPDATE (used_at IS NULL and not expired), so two uses at once change the password once;
-- using one voids every other token of the account.
CREATE TABLE password_resets (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_resets_account ON password_resets (account_id, created_at);
