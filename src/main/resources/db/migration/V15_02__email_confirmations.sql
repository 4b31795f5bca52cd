-- Links that confirm an email address: at sign-up (the account waits in state 'unconfirmed' until the
-- link is used) and, later, a new address. Only the SHA-256 digest of the token is kept; a link is
-- used by a conditional UPDATE (used_at IS NULL and not expired), so it works once. `then_state` is
-- the state the account moves to when its sign-up address is confirmed ('active', or 'pending' where
-- an administrator approves sign-ups).
CREATE TABLE email_confirmations (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    then_state TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX email_confirmations_account ON email_confirmations (account_id, created_at);
